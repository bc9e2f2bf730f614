import { DataType, util, type Field } from 'apache-arrow';

// Result cells are read straight from Arrow and formatted on demand, so a million-row result is never turned
// into JS objects. 64-bit integers and decimals are formatted from their exact BigInt value.

/** Formats one raw Arrow value of a known type; null for SQL NULL. */
export type CellFormatter = (value: unknown) => string | null;

export interface ColumnInfo {
  name: string;
  /** DuckDB-style type name, e.g. BIGINT, DECIMAL(18,3), VARCHAR[]. */
  typeLabel: string;
  /** Right-aligned in the grid and offered as a chart measure. */
  numeric: boolean;
  /** Offered as a chart axis for line charts. */
  temporal: boolean;
  format: CellFormatter;
  /** The value as a JS number for charts: exact for small integers, approximate for huge ones. */
  toNumber: (value: unknown) => number | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatDate(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const year = y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
  return `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  const millis = d.getUTCMilliseconds();
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${formatDate(ms)} ${time}${millis ? `.${pad(millis, 3)}` : ''}`;
}

/** An unscaled integer and a scale as a decimal string, exactly: (-1500n, 3) → "-1.500". */
export function scaledToString(unscaled: bigint, scale: number): string {
  if (scale <= 0) return unscaled.toString();
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** The unscaled value of an Arrow decimal (a BigInt view over its 32-bit words). */
export function decimalBigInt(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  // apache-arrow 17 returns a decimal string here for 128-bit values, despite its type.
  return BigInt(util.bigNumToBigInt(value as Parameters<typeof util.bigNumToBigInt>[0]));
}

function timeUnitDivisor(type: DataType): number {
  const unit = (type as { unit?: number }).unit ?? 1;
  return [1 / 1000, 1, 1000, 1_000_000][unit] ?? 1;
}

/** The DuckDB name of an Arrow type as DuckDB-WASM produces it. */
export function typeLabel(type: DataType): string {
  if (DataType.isInt(type)) {
    const names: Record<number, string> = { 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' };
    return `${type.isSigned ? '' : 'U'}${names[type.bitWidth] ?? 'INTEGER'}`;
  }
  if (DataType.isFloat(type)) return type.precision === 2 ? 'DOUBLE' : 'FLOAT';
  if (DataType.isDecimal(type)) {
    // DuckDB hands HUGEINT (e.g. sum of integers) over as DECIMAL(38,0).
    return type.precision === 38 && type.scale === 0 ? 'HUGEINT' : `DECIMAL(${type.precision},${type.scale})`;
  }
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'VARCHAR';
  if (DataType.isBool(type)) return 'BOOLEAN';
  if (DataType.isDate(type)) return 'DATE';
  if (DataType.isTimestamp(type)) return type.timezone ? 'TIMESTAMPTZ' : 'TIMESTAMP';
  if (DataType.isTime(type)) return 'TIME';
  if (DataType.isInterval(type)) return 'INTERVAL';
  if (DataType.isBinary(type) || DataType.isLargeBinary(type) || DataType.isFixedSizeBinary(type))
    return 'BLOB';
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) return `${typeLabel(type.children[0].type)}[]`;
  if (DataType.isStruct(type)) return `STRUCT(${type.children.map((c) => c.name).join(', ')})`;
  if (DataType.isMap(type)) return 'MAP';
  if (DataType.isDictionary(type)) return typeLabel(type.dictionary);
  if (DataType.isNull(type)) return 'NULL';
  return String(type);
}

/** A formatter for one column's values, chosen once per column rather than per cell. */
export function formatterFor(type: DataType): CellFormatter {
  if (DataType.isDictionary(type)) return formatterFor(type.dictionary);
  if (DataType.isInt(type) || DataType.isUtf8(type) || DataType.isLargeUtf8(type))
    return (v) => (v === null || v === undefined ? null : String(v));
  if (DataType.isFloat(type)) return (v) => (v === null || v === undefined ? null : String(v));
  if (DataType.isBool(type)) return (v) => (v === null || v === undefined ? null : v ? 'true' : 'false');
  if (DataType.isDecimal(type)) {
    const scale = type.scale;
    return (v) => (v === null || v === undefined ? null : scaledToString(decimalBigInt(v), scale));
  }
  if (DataType.isDate(type))
    return (v) => (v === null || v === undefined ? null : formatDate(Number(v as number)));
  if (DataType.isTimestamp(type)) {
    const suffix = type.timezone ? '+00' : '';
    return (v) => (v === null || v === undefined ? null : formatTimestamp(Number(v as number)) + suffix);
  }
  if (DataType.isTime(type)) {
    const perMs = timeUnitDivisor(type);
    return (v) => {
      if (v === null || v === undefined) return null;
      const ms = Number(v as number | bigint) / perMs;
      return formatTimestamp(ms).slice(11);
    };
  }
  if (DataType.isBinary(type) || DataType.isLargeBinary(type) || DataType.isFixedSizeBinary(type)) {
    return (v) => {
      if (v === null || v === undefined) return null;
      const bytes = v as Uint8Array;
      const shown = Array.from(bytes.subarray(0, 64), (b) =>
        b >= 0x20 && b < 0x7f && b !== 0x5c
          ? String.fromCharCode(b)
          : `\\x${b.toString(16).padStart(2, '0').toUpperCase()}`,
      ).join('');
      return bytes.length > 64 ? `${shown}…` : shown;
    };
  }
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
    const item = formatterFor(type.children[0].type);
    return (v) => {
      if (v === null || v === undefined) return null;
      const items = Array.from(v as Iterable<unknown>, (x) => item(x) ?? 'NULL');
      return `[${items.join(', ')}]`;
    };
  }
  if (DataType.isStruct(type)) {
    const fields = type.children.map((c) => ({ name: c.name, format: formatterFor(c.type) }));
    return (v) => {
      if (v === null || v === undefined) return null;
      const row = v as Record<string, unknown>;
      return `{${fields.map((f) => `'${f.name}': ${f.format(row[f.name]) ?? 'NULL'}`).join(', ')}}`;
    };
  }
  if (DataType.isMap(type)) {
    return (v) => {
      if (v === null || v === undefined) return null;
      const json = (v as { toJSON(): Record<string, unknown> }).toJSON();
      return `{${Object.entries(json)
        .map(
          ([k, x]) => `${k}=${x === null ? 'NULL' : typeof x === 'object' ? JSON.stringify(x) : String(x)}`,
        )
        .join(', ')}}`;
    };
  }
  return (v) => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'object' && 'toJSON' in v && typeof v.toJSON === 'function') {
      return JSON.stringify(v.toJSON(), (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
    }
    return String(v);
  };
}

function numberFor(type: DataType): (value: unknown) => number | null {
  if (DataType.isDictionary(type)) return numberFor(type.dictionary);
  if (DataType.isDecimal(type)) {
    const divisor = 10 ** type.scale;
    return (v) => (v === null || v === undefined ? null : Number(decimalBigInt(v)) / divisor);
  }
  if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDate(type) || DataType.isTimestamp(type)) {
    return (v) => {
      if (v === null || v === undefined) return null;
      const n = Number(v as number | bigint);
      return Number.isFinite(n) ? n : null;
    };
  }
  if (DataType.isBool(type)) return (v) => (v === null || v === undefined ? null : v ? 1 : 0);
  return () => null;
}

/** Display name, type and formatters for one result column. */
export function columnInfo(field: Field): ColumnInfo {
  const type = DataType.isDictionary(field.type) ? field.type.dictionary : field.type;
  return {
    name: field.name,
    typeLabel: typeLabel(field.type),
    numeric: DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type),
    temporal: DataType.isDate(type) || DataType.isTimestamp(type),
    format: formatterFor(field.type),
    toNumber: numberFor(field.type),
  };
}
