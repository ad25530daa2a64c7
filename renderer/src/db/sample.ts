/** The sample audit file shipped in resources/, as text; a chunk of its own, loaded on first start only. */
export async function loadSampleAuditText(): Promise<string> {
  const module = await import('../../../resources/sample-audit.json?raw');
  return module.default;
}
