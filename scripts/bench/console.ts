/** SQL console figures (issue 5); filled in by the console work. */
export async function runConsoleBench(_url: string): Promise<void> {
  console.log('console: no benchmark yet');
}
