import { defineConfig } from 'tsup';

// One entry per public subpath in package.json "exports". Shared code is split into chunks,
// so importing `vntext/tokenize` never loads the segmenter's lexicon or model.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    syllable: 'src/syllable/index.ts',
    normalize: 'src/normalize/index.ts',
    encoding: 'src/encoding/index.ts',
    tokenize: 'src/tokenize/index.ts',
    segment: 'src/segment/index.ts',
    entities: 'src/entities/index.ts',
    summarize: 'src/summarize/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
});
