// Vite bundles the CSS files the components import for their side effect.
declare module '*.css';
