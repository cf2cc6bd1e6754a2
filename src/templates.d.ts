// Template files are imported pre-parsed (see scripts/yaml-templates.js).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
