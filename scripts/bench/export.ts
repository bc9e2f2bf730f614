/** Chart export figures (issue 6); filled in by the export work. */
export async function runExportBench(_url: string): Promise<void> {
  console.log('export: no benchmark yet');
}
