/** The "practice, not therapy" note shown with the library. */
export function PracticeNote() {
  return (
    <aside className="note" aria-label="About this practice">
      <p>
        <strong>This is practice, not therapy.</strong> Rapport helps you rehearse conversations; it can’t
        replace a counsellor. If things at home feel stuck or unsafe, a couples or individual counsellor can
        help — your doctor, a local counselling directory or your country’s relationship-support service can
        point you to one.
      </p>
    </aside>
  );
}
