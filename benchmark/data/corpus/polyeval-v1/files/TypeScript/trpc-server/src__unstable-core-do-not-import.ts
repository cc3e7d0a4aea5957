/**
 * **DO NOT IMPORT FROM THIS FILE**
 *
 * This file is here to:
 * - make TypeScript happy and prevent _"The inferred type of 'createContext' cannot be named without a reference to [...]"_.
 * - the glue between the official `@trpc/*`-packages
 *
 *
 * If you seem to need to import anything from here, please open an issue at https://github.com/trpc/trpc/issues
 */
export * from './unstable-core-do-not-import/clientish/inference';
export * from './unstable-core-do-not-import/clientish/inferrable';
export * from './unstable-core-do-not-import/clientish/serialize';
export * from './unstable-core-do-not-import/createProxy';
export * from './unstable-core-do-not-import/error/formatter';
export * from './unstable-core-do-not-import/error/getErrorShape';
export * from './unstable-core-do-not-import/error/TRPCError';
export * from './unstable-core-do-not-import/http/contentType';
export * from './unstable-core-do-not-import/http/contentTypeParsers';
export * from './unstable-core-do-not-import/http/formDataToObject';
export * from './unstable-core-do-not-import/http/getHTTPStatusCode';
export * from './unstable-core-do-not-import/http/abortError';
export * from './unstable-core-do-not-import/http/parseConnectionParams';
export * from './unstable-core-do-not-import/http/pathSeparator';
export * from './unstable-core-do-not-import/http/resolveResponse';
export * from './unstable-core-do-not-import/http/types';
export * from './unstable-core-do-not-import/initTRPC';
export * from './unstable-core-do-not-import/middleware';
export * from './unstable-core-do-not-import/parser';
export * from './unstable-core-do-not-import/procedure';
export * from './unstable-core-do-not-import/procedureBuilder';
export * from './unstable-core-do-not-import/rootConfig';
export * from './unstable-core-do-not-import/router';
export * from './unstable-core-do-not-import/rpc';
export * from './unstable-core-do-not-import/stream/jsonl';
export * from './unstable-core-do-not-import/stream/sse.types';
export * from './unstable-core-do-not-import/stream/sse';
export * from './unstable-core-do-not-import/stream/tracked';
export * from './unstable-core-do-not-import/stream/utils/createDeferred';
export * from './unstable-core-do-not-import/stream/utils/disposable';
export * from './unstable-core-do-not-import/stream/utils/asyncIterable';
export * from './unstable-core-do-not-import/transformer';
export * from './unstable-core-do-not-import/types';
export * from './unstable-core-do-not-import/utils';
export * from './vendor/standard-schema-v1/error';
export * from './vendor/standard-schema-v1/spec';
export * from './vendor/unpromise';
export type { Encoder } from './adapters/wsEncoder';
