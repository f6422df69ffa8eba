// email-providers ships its list of free and disposable mail domains without type declarations.
declare module "email-providers" {
  const domains: string[];
  export default domains;
}
