import { analyze, type AnalyzeOptions, type AnalyzedDocument } from './analyze.js';

/**
 * What the stream helpers read: an async iterable (a Node stream in text mode, an async
 * generator), a plain iterable (an array), or a WHATWG `ReadableStream` of strings (a
 * `fetch` body through `TextDecoderStream`), which some browsers cannot iterate with
 * `for await`.
 *
 * @example
 * const fromArray: TextSource = ['Bài một.', 'Bài hai.'];
 * const fromFetch: TextSource = (await fetch(url)).body!.pipeThrough(new TextDecoderStream());
 * for await (const doc of analyzeStream(splitLines(fromFetch))) console.log(doc.clean);
 */
export type TextSource = AsyncIterable<string> | Iterable<string> | ReadableStreamLike;

/**
 * The part of a WHATWG `ReadableStream<string>` the helpers use (declared here: no DOM types).
 *
 * @example
 * const stream: ReadableStreamLike = new ReadableStream<string>({
 *   start(c) { c.enqueue('Hà Nội\nHuế\n'); c.close(); },
 * });
 * for await (const line of splitLines(stream)) console.log(line); // 'Hà Nội', 'Huế'
 */
export interface ReadableStreamLike {
  getReader(): {
    read(): Promise<{ done: boolean; value?: string | undefined }>;
    releaseLock(): void;
  };
}

async function* items(source: TextSource): AsyncGenerator<string> {
  if (typeof (source as AsyncIterable<string>)[Symbol.asyncIterator] === 'function') {
    yield* source as AsyncIterable<string>;
  } else if (typeof (source as Iterable<string>)[Symbol.iterator] === 'function') {
    yield* source as Iterable<string>;
  } else if (typeof (source as ReadableStreamLike).getReader === 'function') {
    const reader = (source as ReadableStreamLike).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        if (value !== undefined) yield value;
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    throw new TypeError('expected an iterable, an async iterable or a ReadableStream of strings');
  }
}

/**
 * Analyzes each string of a source, one document per item, and yields the results in order.
 * Works the same in Node, Deno, browsers and workers (no Node imports); one document is in
 * memory at a time, so backpressure is the consumer's pace.
 *
 * @example
 * for await (const doc of analyzeStream(splitLines(fileStream), { summary: true })) {
 *   console.log(doc.language?.language, doc.entities.length);
 * }
 */
export function analyzeStream(source: TextSource, options?: AnalyzeOptions): AsyncGenerator<AnalyzedDocument> {
  analyze('', options); // bad options throw here, at the call, not at the first item
  return (async function* () {
    for await (const text of items(source)) yield analyze(String(text), options);
  })();
}

/**
 * Turns chunks of text (as a stream delivers them, cut anywhere) into lines, without their
 * `\n` or `\r\n`. A last line without a line break is yielded too; an empty source yields
 * nothing.
 *
 * @example
 * for await (const line of splitLines(['Xin ch', 'ào\nTạm biệt'])) console.log(line);
 * // 'Xin chào', 'Tạm biệt'
 */
export async function* splitLines(source: TextSource): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of items(source)) {
    rest += chunk;
    let from = 0;
    for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', from)) {
      yield rest.charCodeAt(nl - 1) === 13 && nl > from ? rest.slice(from, nl - 1) : rest.slice(from, nl);
      from = nl + 1;
    }
    rest = rest.slice(from);
  }
  if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}
