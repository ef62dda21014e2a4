// Imported first by main.ts: immer picks its build by NODE_ENV when first loaded, and its
// development build (checks for its own authors) doubles the cost of applying an edit.
process.env.NODE_ENV ??= 'production';
