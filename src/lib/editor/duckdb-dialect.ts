import { SQLDialect } from '@codemirror/lang-sql';

// Word lists from duckdb_keywords() and duckdb_types() of DuckDB 1.4. Unreserved keywords that are common
// column names in this data model (level, value, source, text, year, name, type, …) are left out so they are
// not highlighted or completed as keywords.

const RESERVED =
  'all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create ' +
  'default deferrable desc describe distinct do else end except false fetch for foreign from group having in ' +
  'initially intersect into lambda lateral leading limit not null offset on only or order pivot pivot_longer ' +
  'pivot_wider placing primary qualify references returning select show some summarize symmetric table then ' +
  'to trailing true union unique unpivot using variadic when where window with';

const TYPE_FUNCTION =
  'anti asof at authorization by collation columns concurrently cross freeze full generated glob ilike inner ' +
  'is isnull join left like map natural notnull outer overlaps positional right semi similar struct ' +
  'tablesample try_cast unpack verbose between coalesce exists extract grouping grouping_id nullif ' +
  'overlay position substring treat trim values';

const UNRESERVED =
  'abort add after alter always attach begin cascade checkpoint commit conflict copy current cycle database ' +
  'deallocate delete detach drop enum exclude execute explain export filter first following force function ' +
  'global if ignore import include index insert install instead last load local macro materialized nothing ' +
  'nulls over partition pragma preceding prepare range recursive rename replace reset respect restrict ' +
  'rollback rollup rows schema sequence set sets start temp temporary ties transaction truncate unbounded ' +
  'update use vacuum view within without cube';

const TYPES =
  'bigint binary bit bitstring blob bool boolean bpchar char character date datetime dec decimal double enum ' +
  'float float4 float8 guid hugeint int int1 int2 int4 int8 int16 int32 int64 int128 integer interval json ' +
  'list long map numeric nvarchar real row short signed smallint string struct time timestamp timestamptz ' +
  'timestamp_ms timestamp_ns timestamp_s timestamp_us timetz tinyint ubigint uhugeint uinteger union ' +
  'usmallint utinyint uuid varbinary varchar varint';

/** Common functions, highlighted as built-ins; the live list from duckdb_functions() drives completion. */
const BUILTIN =
  'abs any_value approx_count_distinct arg_max arg_min array_agg avg bool_and bool_or ceil concat concat_ws ' +
  'contains corr count count_star covar_pop cume_dist current_date current_timestamp date_diff date_part ' +
  'date_trunc dense_rank ends_with epoch exp first_value floor format greatest histogram lag last_value lead ' +
  'least left len length list list_aggregate list_contains list_value ln log lower lpad ltrim max md5 median ' +
  'min mode now nth_value ntile percent_rank pow power quantile quantile_cont quantile_disc random rank ' +
  'regexp_extract regexp_full_match regexp_matches regexp_replace repeat replace reverse right round ' +
  'row_number rpad rtrim sign split_part sqrt starts_with stddev stddev_pop stddev_samp strftime string_agg ' +
  'string_split strlen strptime substr sum to_json today trunc try_strptime unnest upper var_pop var_samp ' +
  'variance year month day';

/** DuckDB flavoured SQL: its keywords and types, `--` and nested block comments, $$ strings, "" identifiers. */
export const DuckDB = SQLDialect.define({
  keywords: `${RESERVED} ${TYPE_FUNCTION} ${UNRESERVED}`,
  types: TYPES,
  builtin: BUILTIN,
  doubleDollarQuotedStrings: true,
  operatorChars: '*+-%<>!=&|~^/:@',
  specialVar: '?$',
  identifierQuotes: '"',
  caseInsensitiveIdentifiers: true,
});
