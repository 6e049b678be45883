/** A readable error page naming the first problem, with what to do about it. */
export function ErrorView({ url, error }: { url: string; error: Error }) {
  const hints: Record<string, string> = {
    GraphSchemaError:
      "The file does not match the graph.json contract (extract/schema/graph.ts). Rebuild it with `npm run build:graph`.",
    GraphParseError: "The file is not JSON. It may be truncated or be an HTML error page.",
    GraphFetchError:
      "The viewer fetches the graph relative to this page. Serve the project root (npm run dev) or pass ?graph=<url>.",
    GraphBuildError: "The file is valid JSON but cannot be drawn as a graph.",
  };
  return (
    <main className="error-view" role="alert" data-testid="load-error">
      <div className="error-card">
        <div className="error-kicker">{error.name}</div>
        <h1>Could not open {url}</h1>
        <p className="error-message" data-testid="load-error-message">
          {error.message}
        </p>
        <p className="muted">{hints[error.name] ?? "Unexpected error while loading the graph."}</p>
      </div>
    </main>
  );
}
