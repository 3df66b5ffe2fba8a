// Analysis panels (triangular arrangements, connections, brokers, matrix) composed here.
export function AnalysisPanels() {
  return null;
}
