/** The parts of `datapackage` (Frictionless Data's reference JavaScript library, 1.1.10) the tests use. */
declare module 'datapackage' {
  interface ReadError {
    message: string;
    errors?: { message: string }[];
  }
  export interface Resource {
    readonly name: string;
    readonly tabular: boolean;
    read(options: { relations?: boolean; cast?: boolean; keyed?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: ReadError[];
    readonly resources: Resource[];
    readonly descriptor: Record<string, unknown>;
  }
}
