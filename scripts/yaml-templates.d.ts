/** JavaScript module source exporting the parsed YAML. */
export function templateModule(source: string): string;
