/** The full app framed by another site (src/state/framing.ts): it says so, and where to use it. */
export default function FramedNotice() {
  return (
    <div className="notice" role="alert">
      <div>
        <strong>This dashboard is shown inside another site.</strong>
        <p>
          Nothing can be kept, added or removed here.{' '}
          <a href={window.location.href} target="_blank" rel="noopener noreferrer">
            Open it in its own tab
          </a>{' '}
          to work with your own data.
        </p>
      </div>
    </div>
  );
}
