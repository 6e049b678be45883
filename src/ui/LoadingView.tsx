export function LoadingView({ url }: { url: string }) {
  return (
    <main className="loading-view" aria-busy="true">
      <div className="spinner" aria-hidden="true" />
      <p>
        Loading <code>{url}</code>…
      </p>
    </main>
  );
}
