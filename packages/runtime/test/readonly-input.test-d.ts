// `ReadonlyInput`, the view of request values the SDK functions take. Checked by
// `tsc -p tsconfig.json` (the package's test script).
import { describe, expectTypeOf, it } from 'vitest'
import type { Options, ReadonlyInput } from '../src/index.js'

type Shape =
  | { kind: 'card'; title: string; actions: Array<{ label: string; tags?: string[] }>; note?: string }
  | { kind: 'text'; text: string }

describe('ReadonlyInput', () => {
  it('makes arrays, tuples and properties readonly all the way down', () => {
    expectTypeOf<ReadonlyInput<string[][]>>().toEqualTypeOf<ReadonlyArray<ReadonlyArray<string>>>()
    expectTypeOf<ReadonlyInput<[number, { a: string[] }]>>().toEqualTypeOf<
      readonly [number, { readonly a: ReadonlyArray<string> }]
    >()
    expectTypeOf<ReadonlyInput<{ a: { b: number[] } }>>().toEqualTypeOf<{
      readonly a: { readonly b: ReadonlyArray<number> }
    }>()
  })

  it('keeps unions discriminated and optional properties optional', () => {
    const card = { kind: 'card', title: 'T', actions: [{ label: 'L', tags: ['x'] }] } as const
    const accepted: ReadonlyInput<Shape> = card
    void accepted
    // @ts-expect-error a text needs its text
    const missing: ReadonlyInput<Shape> = { kind: 'text' } as const
    // @ts-expect-error not a kind of the union
    const wrongKind: ReadonlyInput<Shape> = { kind: 'image', text: 'x' } as const
    void [missing, wrongKind]
    expectTypeOf<Extract<ReadonlyInput<Shape>, { kind: 'card' }>['note']>().toEqualTypeOf<string | undefined>()
  })

  it('accepts the mutable type it is made from', () => {
    expectTypeOf<Shape>().toMatchTypeOf<ReadonlyInput<Shape>>()
    expectTypeOf<Record<string, unknown[]>>().toMatchTypeOf<ReadonlyInput<Record<string, unknown[]>>>()
  })

  it('leaves primitives, unknown, any and non-data objects as they are', () => {
    expectTypeOf<ReadonlyInput<string | null | undefined>>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<ReadonlyInput<unknown>>().toEqualTypeOf<unknown>()
    // biome-ignore lint/suspicious/noExplicitAny: what `any` becomes is the point
    expectTypeOf<ReadonlyInput<any>>().toBeAny()
    expectTypeOf<ReadonlyInput<never>>().toBeNever()
    expectTypeOf<ReadonlyInput<Blob>>().toEqualTypeOf<Blob>()
    expectTypeOf<ReadonlyInput<File>>().toEqualTypeOf<File>()
    expectTypeOf<ReadonlyInput<Date>>().toEqualTypeOf<Date>()
    expectTypeOf<ReadonlyInput<FormData>>().toEqualTypeOf<FormData>()
    expectTypeOf<ReadonlyInput<URLSearchParams>>().toEqualTypeOf<URLSearchParams>()
    expectTypeOf<ReadonlyInput<ReadableStream<Uint8Array>>>().toEqualTypeOf<ReadableStream<Uint8Array>>()
    expectTypeOf<ReadonlyInput<Uint8Array>>().toEqualTypeOf<Uint8Array>()
    expectTypeOf<ReadonlyInput<ArrayBuffer>>().toEqualTypeOf<ArrayBuffer>()
    type Callback = (value: string) => void
    expectTypeOf<ReadonlyInput<{ onEvent: Callback }>>().toEqualTypeOf<{ readonly onEvent: Callback }>()
    expectTypeOf<ReadonlyInput<{ file: Blob }>>().toEqualTypeOf<{ readonly file: Blob }>()
  })
})

describe('Options', () => {
  type Data = {
    body: { items: Array<{ id: string }> }
    path: { id: string }
    query?: { tags?: string[] }
    url: '/things/{id}'
  }

  it('takes body, path and query written as const', () => {
    const options: Options<Data> = {
      body: { items: [{ id: 'a' }] } as const,
      path: { id: 'x' } as const,
      query: { tags: ['a', 'b'] } as const,
    }
    void options
    // @ts-expect-error path is still required
    const withoutPath: Options<Data> = { body: { items: [] } }
    void withoutPath
    // @ts-expect-error the url is the operation's, not an option
    const withUrl: Options<Data> = { body: { items: [] }, path: { id: 'x' }, url: '/things/{id}' }
    void withUrl
  })
})
