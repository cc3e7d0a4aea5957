import type { Observable } from '../observable';
import { isObservable, observable } from '../observable';
import type { AnyProcedureErrorFormatter } from './error/formatter';
import {
  getDefaultErrorShape,
  isFormattedErrorShape,
  setFormattedErrorShape,
} from './error/formatter';
import { getTRPCErrorFromUnknown, TRPCError } from './error/TRPCError';
import type { ParseFn } from './parser';
import type { ProcedureType } from './procedure';
import type { GetRawInputFn, Overwrite, Simplify } from './types';
import { isAsyncIterable, isObject } from './utils';

/** @internal */
export const middlewareMarker = 'middlewareMarker' as 'middlewareMarker' & {
  __brand: 'middlewareMarker';
};
type MiddlewareMarker = typeof middlewareMarker;

interface MiddlewareResultBase {
  /**
   * All middlewares should pass through their `next()`'s output.
   * Requiring this marker makes sure that can't be forgotten at compile-time.
   */
  readonly marker: MiddlewareMarker;
}

interface MiddlewareOKResult<_TContextOverride> extends MiddlewareResultBase {
  ok: true;
  data: unknown;
  // this could be extended with `input`/`rawInput` later
}

interface MiddlewareErrorResult<
  _TContextOverride,
> extends MiddlewareResultBase {
  ok: false;
  error: TRPCError;
}

/**
 * What a middleware's `next()` returns, and what the middleware must
 * return in turn.
 * @internal
 */
export type MiddlewareResult<_TContextOverride> =
  | MiddlewareErrorResult<_TContextOverride>
  | MiddlewareOKResult<_TContextOverride>;

/**
 * A reusable middleware, as `t.middleware()` returns it.
 * @see https://trpc.io/docs/server/middlewares
 * @internal
 */
export interface MiddlewareBuilder<
  TContext,
  TMeta,
  TContextOverrides,
  TInputOut,
> {
  /**
   * Returns a new middleware that runs this one, then `fn`, which sees the
   * context this one set.
   * @see https://trpc.io/docs/server/middlewares#extending-middlewares
   */
  unstable_pipe<$ContextOverridesOut>(
    fn:
      | MiddlewareFunction<
          TContext,
          TMeta,
          TContextOverrides,
          $ContextOverridesOut,
          TInputOut
        >
      | MiddlewareBuilder<
          Overwrite<TContext, TContextOverrides>,
          TMeta,
          $ContextOverridesOut,
          TInputOut
        >,
  ): MiddlewareBuilder<
    TContext,
    TMeta,
    Overwrite<TContextOverrides, $ContextOverridesOut>,
    TInputOut
  >;

  /**
   * The middlewares this builder runs, in order.
   */
  _middlewares: MiddlewareFunction<
    TContext,
    TMeta,
    TContextOverrides,
    object,
    TInputOut
  >[];
}

/**
 * A middleware: it gets the call's options and must return the result of
 * calling `next()`, optionally with a new `ctx` or `input`.
 * @see https://trpc.io/docs/server/middlewares
 * @internal
 */
export type MiddlewareFunction<
  TContext,
  TMeta,
  TContextOverridesIn,
  $ContextOverridesOut,
  TInputOut,
> = {
  (opts: {
    ctx: Simplify<Overwrite<TContext, TContextOverridesIn>>;
    type: ProcedureType;
    /** The procedure's path, such as `post.byId`. */
    path: string;
    /** The input, as the validators that ran before this middleware left it. */
    input: TInputOut;
    /** Reads the input as the client sent it, before any validator ran. */
    getRawInput: GetRawInputFn;
    meta: TMeta | undefined;
    /** Aborts when the client cancels the request or disconnects. */
    signal: AbortSignal | undefined;
    /**
     * The index of this call in a batch request.
     */
    batchIndex: number;
    /**
     * Runs the next middleware, or the resolver. Pass `ctx` to add to the
     * context, or `input` to replace the input.
     */
    next: {
      (): Promise<MiddlewareResult<TContextOverridesIn>>;
      <$ContextOverride>(opts: {
        ctx?: $ContextOverride;
        input?: unknown;
      }): Promise<MiddlewareResult<$ContextOverride>>;
      (opts: {
        getRawInput: GetRawInputFn;
      }): Promise<MiddlewareResult<TContextOverridesIn>>;
    };
  }): Promise<MiddlewareResult<$ContextOverridesOut>>;
  _type?: string | undefined;
};

/** Any middleware function, for use in generic constraints. */
export type AnyMiddlewareFunction = MiddlewareFunction<any, any, any, any, any>;
/** Any middleware builder, for use in generic constraints. */
export type AnyMiddlewareBuilder = MiddlewareBuilder<any, any, any, any>;
/**
 * @internal
 */
export function createMiddlewareFactory<
  TContext,
  TMeta,
  TInputOut = unknown,
>() {
  function createMiddlewareInner(
    middlewares: AnyMiddlewareFunction[],
  ): AnyMiddlewareBuilder {
    return {
      _middlewares: middlewares,
      unstable_pipe(middlewareBuilderOrFn) {
        const pipedMiddleware =
          '_middlewares' in middlewareBuilderOrFn
            ? middlewareBuilderOrFn._middlewares
            : [middlewareBuilderOrFn];

        return createMiddlewareInner([...middlewares, ...pipedMiddleware]);
      },
    };
  }

  function createMiddleware<$ContextOverrides>(
    fn: MiddlewareFunction<
      TContext,
      TMeta,
      object,
      $ContextOverrides,
      TInputOut
    >,
  ): MiddlewareBuilder<TContext, TMeta, $ContextOverrides, TInputOut> {
    return createMiddlewareInner([fn]);
  }

  return createMiddleware;
}

/**
 * Creates a middleware that isn't tied to a root object, for the context,
 * metadata and input types you give it.
 * @deprecated Use `.concat()` with a procedure builder instead.
 * @see https://trpc.io/docs/server/middlewares#concat
 */
export const experimental_standaloneMiddleware = <
  TCtx extends {
    ctx?: object;
    meta?: object;
    input?: unknown;
  },
>() => ({
  create: createMiddlewareFactory<
    TCtx extends { ctx: infer T extends object } ? T : any,
    TCtx extends { meta: infer T extends object } ? T : object,
    TCtx extends { input: infer T } ? T : unknown
  >(),
});

/**
 * @internal
 * Please note, `trpc-openapi` uses this function.
 */
export function createInputMiddleware<TInput>(parse: ParseFn<TInput>) {
  const inputMiddleware: AnyMiddlewareFunction =
    async function inputValidatorMiddleware(opts) {
      let parsedInput: ReturnType<typeof parse>;

      const rawInput = await opts.getRawInput();
      try {
        parsedInput = await parse(rawInput);
      } catch (cause) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          cause,
        });
      }

      // Multiple input parsers
      const combinedInput =
        isObject(opts.input) && isObject(parsedInput)
          ? {
              ...opts.input,
              ...parsedInput,
            }
          : parsedInput;

      return opts.next({ input: combinedInput });
    };
  inputMiddleware._type = 'input';
  return inputMiddleware;
}

/**
 * @internal
 */
export function createErrorFormatterMiddleware(
  formatter: AnyProcedureErrorFormatter,
  isDev: boolean,
) {
  const errorMiddleware: AnyMiddlewareFunction =
    async function errorFormatterMiddleware(opts) {
      const tryFormat = (error: TRPCError): TRPCError => {
        // a handler further down the chain already claimed this error
        if (isFormattedErrorShape(error)) {
          return error;
        }

        const shape = formatter({
          error,
          type: opts.type,
          path: opts.path,
          input: opts.input,
          ctx: opts.ctx,
          shape: getDefaultErrorShape({
            error,
            path: opts.path,
            isDev,
          }),
        });

        if (shape !== undefined) {
          setFormattedErrorShape(error, shape);
        }

        return error;
      };

      const tryFormatThrown = (cause: unknown): unknown => {
        const formatted = tryFormat(getTRPCErrorFromUnknown(cause));

        return isFormattedErrorShape(formatted) ? formatted : cause;
      };

      async function* wrapIterable(iterable: AsyncIterable<unknown>) {
        try {
          return yield* iterable;
        } catch (cause) {
          throw tryFormatThrown(cause);
        }
      }

      function wrapObservable(source: Observable<unknown, unknown>) {
        return observable((observer) =>
          source.subscribe({
            next: (value) => observer.next(value),
            error: (cause) => observer.error(tryFormatThrown(cause)),
            complete: () => observer.complete(),
          }),
        );
      }

      const result = await opts.next();

      // normal procedures return errors immediately
      if (!result.ok) {
        tryFormat(result.error);
        return result;
      }

      // subscription/streaming procedures need to be enumerated to find errors
      if (isAsyncIterable(result.data)) {
        return { ...result, data: wrapIterable(result.data) };
      }
      if (opts.type === 'subscription' && isObservable(result.data)) {
        return { ...result, data: wrapObservable(result.data) };
      }

      return result;
    };

  errorMiddleware._type = 'errors';

  return errorMiddleware;
}

/**
 * @internal
 */
export function createOutputMiddleware<TOutput>(parse: ParseFn<TOutput>) {
  const outputMiddleware: AnyMiddlewareFunction =
    async function outputValidatorMiddleware({ next }) {
      const result = await next();
      if (!result.ok) {
        // pass through failures without validating
        return result;
      }
      try {
        const data = await parse(result.data);
        return {
          ...result,
          data,
        };
      } catch (cause) {
        throw new TRPCError({
          message: 'Output validation failed',
          code: 'INTERNAL_SERVER_ERROR',
          cause,
        });
      }
    };
  outputMiddleware._type = 'output';
  return outputMiddleware;
}
