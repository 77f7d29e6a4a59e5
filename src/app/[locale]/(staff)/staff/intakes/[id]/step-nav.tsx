import { intakeScreens, type IntakeScreen } from "@/domain/cases/intake-screens";
import { Button } from "@/components/ui/button";

/**
 * The intake's steps. On a screen with a step form the steps are submit buttons of that form
 * (`form`, `goto`): going to another step saves this one first, with or without JavaScript, so a
 * step link never drops what was typed. Elsewhere they are plain links.
 */
export function StepNav(props: {
  label: string;
  saveHint: string;
  current: IntakeScreen;
  labels: Record<IntakeScreen, string>;
  href: (screen: IntakeScreen) => string;
  /** The id of the step form the buttons submit, when the screen has one. */
  formId?: string;
}) {
  return (
    <nav aria-label={props.label} className="mt-4">
      <ol className="flex flex-wrap gap-x-6 gap-y-2">
        {intakeScreens.map((screen) => {
          const current = screen === props.current;
          return (
            <li key={screen}>
              {props.formId && !current ? (
                <Button
                  type="submit"
                  form={props.formId}
                  name="goto"
                  value={screen}
                  variant="link"
                  aria-describedby="step-nav-hint"
                >
                  {props.labels[screen]}
                </Button>
              ) : (
                <a
                  href={props.href(screen)}
                  aria-current={current ? "step" : undefined}
                  className={current ? "font-bold" : undefined}
                >
                  {props.labels[screen]}
                </a>
              )}
            </li>
          );
        })}
      </ol>
      {props.formId && (
        <p id="step-nav-hint" className="mt-1 text-sm">
          {props.saveHint}
        </p>
      )}
    </nav>
  );
}
