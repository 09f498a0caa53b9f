export interface Vendor {
  id: string
  packageName: string
  specPath: string
  packageDir: string
  pascalName: string
  mockPort: number
  /** The vendor's own file, kept byte for byte; fixes go in specs/<id>/overlay.yaml. */
  published: boolean
}
export const repositoryRoot: string
export function listVendors(): Vendor[]
export function findVendor(id: string): Vendor
export const quietToolEnvironment: Record<string, string>
