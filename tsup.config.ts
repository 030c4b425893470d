import { defineConfig, type Options } from 'tsup';

// One entry per public subpath in package.json "exports". Shared code is split into chunks,
// so importing `vntext/tokenize` never loads the segmenter's lexicon or model.
const library: Options = {
  entry: {
    index: 'src/index.ts',
    syllable: 'src/syllable/index.ts',
    normalize: 'src/normalize/index.ts',
    encoding: 'src/encoding/index.ts',
    tokenize: 'src/tokenize/index.ts',
    segment: 'src/segment/index.ts',
    entities: 'src/entities/index.ts',
    summarize: 'src/summarize/index.ts',
    language: 'src/language/index.ts',
    analyze: 'src/analyze/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  // The CLI build writes dist/cli.js beside these at the same time: leave it alone.
  clean: ['!cli.js'],
  target: 'es2022',
  platform: 'neutral',
  // franc-min is ESM only: bundled, `require('vntext')` works on every Node 20.
  noExternal: ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'],
  sourcemap: false,
};

// The command line (the `vntext` bin): Node only, ESM. It loads the library from the ESM build
// beside it (`./index.js`) instead of bundling a second copy of the lexicon and models.
const cli: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  splitting: false,
  clean: false,
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  esbuildPlugins: [
    {
      name: 'vntext-library-external',
      setup(build) {
        // The library's own entries, not a second copy: ../index.js, ../analyze/index.js, ../language/index.js.
        build.onResolve({ filter: /^\.\.\/(index|analyze\/index|language\/index)\.js$/ }, (args) => ({
          path: `./${args.path === '../index.js' ? 'index' : args.path.slice(3, -'/index.js'.length)}.js`,
          external: true,
        }));
      },
    },
  ],
};

export default defineConfig([library, cli]);
