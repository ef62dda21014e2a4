// Imported first by run.ts: libraries that pick a build by NODE_ENV when first loaded
// (immer) are measured as the app's bundles run them, built with NODE_ENV "production".
process.env.NODE_ENV ??= 'production';
