import type { Vendor } from '@parley/codegen'
export type { Vendor }
export const repositoryRoot: string
export function listVendors(): Vendor[]
export function findVendor(id: string): Vendor
export const quietToolEnvironment: Record<string, string>
