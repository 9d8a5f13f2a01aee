import { Alert } from "antd";
import type { FormInstance } from "antd";
import { useCallback, useRef, useState, type ReactNode } from "react";
import {
  errorText,
  fieldKey,
  fieldName,
  operationErrorText,
  type FieldName,
  type UserErrorLike,
} from "./userErrors";

export type UserErrorsApi = {
  /**
   * Show a payload's userErrors: each beside the form field its `field` path names (or the
   * nearest enclosing field the form has), the rest in `alert`. True when there were any.
   */
  showUserErrors: (errors: readonly UserErrorLike[] | null | undefined) => boolean;
  /** Show a failed operation (network error, FORBIDDEN, TOO_MANY_LOGINS, ...) in `alert`. */
  showError: (error: unknown) => void;
  /** Remove what the last call showed. */
  clear: () => void;
  /** Render this above (or below) the form: the errors no field took, or null. */
  alert: ReactNode;
};

/**
 * userErrors for an antd Form:
 *
 *   const [form] = Form.useForm();
 *   const { showUserErrors, showError, alert } = useUserErrors(form);
 *   const result = await createThing({ input: values });
 *   if (result.error) return showError(result.error);
 *   if (showUserErrors(result.data?.createThing.userErrors)) return;
 */
export function useUserErrors(form: FormInstance): UserErrorsApi {
  const [others, setOthers] = useState<string[]>([]);
  const shownOn = useRef<FieldName[]>([]);

  const clearFields = useCallback(() => {
    const names = shownOn.current;
    shownOn.current = [];
    if (names.length > 0) form.setFields(names.map((name) => ({ name, errors: [] })));
  }, [form]);

  const clear = useCallback(() => {
    clearFields();
    setOthers([]);
  }, [clearFields]);

  const showUserErrors = useCallback(
    (errors: readonly UserErrorLike[] | null | undefined): boolean => {
      clearFields();
      const list = errors ?? [];
      const known = new Map<string, FieldName>();
      for (const { name } of form.getFieldsError()) {
        const path = name as (string | number)[];
        known.set(fieldKey(path), path.length === 1 ? path[0] : path);
      }
      const byField = new Map<string, { name: FieldName; errors: string[] }>();
      const rest: string[] = [];
      for (const error of list) {
        const target = nearestField(fieldName(error.field), known);
        if (target === null) {
          rest.push(errorText(error));
          continue;
        }
        const key = fieldKey(target);
        const entry = byField.get(key) ?? { name: target, errors: [] };
        entry.errors.push(errorText(error));
        byField.set(key, entry);
      }
      const fields = [...byField.values()];
      if (fields.length > 0) {
        form.setFields(fields);
        shownOn.current = fields.map((f) => f.name);
      }
      setOthers(rest);
      return list.length > 0;
    },
    [form, clearFields],
  );

  const showError = useCallback(
    (error: unknown) => {
      clearFields();
      setOthers([operationErrorText(error)]);
    },
    [clearFields],
  );

  const alert =
    others.length === 0 ? null : (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 16 }}
        message={others.length === 1 ? others[0] : "提交失败"}
        description={
          others.length > 1 ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {others.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          ) : undefined
        }
        data-testid="form-errors"
      />
    );

  return { showUserErrors, showError, clear, alert };
}

/** The field itself if the form has it, else the closest enclosing path the form has. */
function nearestField(name: FieldName | null, known: Map<string, FieldName>): FieldName | null {
  if (name === null) return null;
  const path = Array.isArray(name) ? name : [name];
  for (let length = path.length; length > 0; length--) {
    const found = known.get(fieldKey(path.slice(0, length)));
    if (found !== undefined) return found;
  }
  return null;
}

/** A query's error (or nothing) as an Alert, for pages: `<QueryError error={result.error} />`. */
export function QueryError({ error }: { error: unknown }) {
  if (!error) return null;
  return <Alert type="error" showIcon message={operationErrorText(error)} style={{ marginBottom: 16 }} />;
}
