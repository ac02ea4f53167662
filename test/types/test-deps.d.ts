// Minimal types for test-only dependencies that ship none.
declare module 'edtf' {
  interface Edtf {
    readonly min: number;
    readonly max: number;
    readonly type: string;
    readonly precision?: number;
    readonly edtf: string;
  }
  export default function edtf(input: string): Edtf;
}
