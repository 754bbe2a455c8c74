/** Vite bundles CSS; CSS modules give their class names as an object. */
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}

declare module '*.css';
