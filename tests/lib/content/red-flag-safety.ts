/** The words each language must keep in the red-flag check, for its unit and component tests. */
import type { Locale } from '@/lib/i18n/catalog';

export interface Safety {
  notDiagnosis: RegExp;
  emergencyNumber: RegExp;
  emergencyDepartment: RegExp;
  now: RegExp;
  today: RegExp;
  appointment: RegExp;
  stopExercise: RegExp;
}

/**
 * What no translation may drop, in each language's words: the check is not a diagnosis, the
 * local emergency number, and how soon each outcome says to act.
 */
export const SAFETY: Record<Locale, Safety> = {
  en: {
    notDiagnosis: /not a diagnosis/,
    emergencyNumber: /local emergency number/,
    emergencyDepartment: /emergency department/,
    now: /\bnow\b/,
    today: /\btoday\b/,
    appointment: /appointment/,
    stopExercise: /Stop any exercise/,
  },
  es: {
    notDiagnosis: /no es un diagnóstico/,
    emergencyNumber: /número de emergencias local/,
    emergencyDepartment: /servicio de urgencias/,
    now: /\bahora\b/,
    today: /\bhoy\b/,
    appointment: /\bcita\b/,
    stopExercise: /Deja de hacer cualquier ejercicio/,
  },
  de: {
    notDiagnosis: /keine Diagnose/,
    emergencyNumber: /örtliche Notrufnummer/,
    emergencyDepartment: /Notaufnahme/,
    now: /\bjetzt\b/,
    today: /\bheute\b/,
    appointment: /Termin/,
    stopExercise: /Brechen Sie jede Übung ab/,
  },
  fr: {
    notDiagnosis: /n’est pas un diagnostic/,
    emergencyNumber: /numéro d’urgence local/,
    emergencyDepartment: /urgences/,
    now: /maintenant/,
    today: /aujourd’hui/,
    appointment: /rendez-vous/,
    stopExercise: /Arrêtez tout exercice/,
  },
};
