/** Reading aids that the toggles do not already explain. */
import { EXCLUDED_COLOR, KIND_COLORS, KIND_FADED } from "../../render/palette";

export function Legend() {
  return (
    <div className="legend" aria-label="Legend">
      <div>
        <svg width="18" height="12" aria-hidden="true">
          <circle cx="5" cy="6" r="4" fill={KIND_COLORS.country} />
          <circle cx="14" cy="6" r="4" fill={KIND_FADED.country} />
        </svg>
        Faded: no visible relation in this view
      </div>
      <div>
        <svg width="18" height="12" aria-hidden="true">
          <path d="M1 10 Q9 -2 17 10" stroke="#5b6576" strokeWidth="1.6" fill="none" />
        </svg>
        Curves: several relations between one pair
      </div>
      <div>
        <svg width="18" height="12" aria-hidden="true">
          <line x1="1" y1="6" x2="17" y2="6" stroke={EXCLUDED_COLOR} strokeWidth="2" />
        </svg>
        Grey: excluded claim (not asserted)
      </div>
    </div>
  );
}
