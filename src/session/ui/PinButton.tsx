/** Pins a node where it is: the force layout leaves pinned nodes in place, and sessions keep pins. */
import { setPinned } from "../model";
import { useSession } from "./context";
import { PinIcon } from "./icons";

export function PinButton({ node }: { node: string }) {
  const ctl = useSession();
  if (!ctl) return null;
  const pinned = ctl.session.pinned.includes(node);
  return (
    <button
      type="button"
      className={`pin-button ${pinned ? "on" : ""}`}
      aria-pressed={pinned}
      onClick={() => ctl.update((s, now) => setPinned(s, node, !pinned, now))}
      title={
        pinned ? "Unpin: let the layout move this node again" : "Pin: keep this node where it is when the layout runs"
      }
      data-testid="pin-button"
    >
      <PinIcon /> {pinned ? "Pinned" : "Pin"}
    </button>
  );
}
