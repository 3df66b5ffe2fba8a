// Placeholder until triangular analysis lands: renders nothing.
export function NodeArrangements(_props: { node: string }) {
  return null;
}
