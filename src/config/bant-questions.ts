import { CONSENT_LABEL } from "./defaults";
import type { Question } from "./types";

/**
 * The standard B2B core questions of the BANT preset, in the order they are asked. Email, name
 * and company are contact questions: a lead sales can act on says who it is from, so they come
 * first on the first visit, outside the per-visit budget.
 * Scores are chosen so the best answer of each dimension reaches exactly its maximum in
 * `BANT_MAX` (authority 25, need 25 when clamped, budget 25, timeframe 25, fit 10).
 */
export const BANT_QUESTIONS: Question[] = [
  {
    id: "email",
    type: "email",
    required: true,
    remember: true,
    label: { en: "Work email", de: "Geschäftliche E-Mail", fr: "E-mail professionnel", es: "Correo electrónico de trabajo" },
    placeholder: { en: "name@company.com", de: "name@firma.de", fr: "nom@entreprise.fr", es: "nombre@empresa.com" },
  },
  {
    id: "name",
    type: "text",
    required: true,
    remember: true,
    contact: true,
    maxLength: 120,
    label: { en: "Your name", de: "Ihr Name", fr: "Votre nom", es: "Su nombre" },
  },
  {
    id: "company",
    type: "text",
    required: true,
    remember: true,
    contact: true,
    maxLength: 160,
    label: { en: "Company", de: "Unternehmen", fr: "Entreprise", es: "Empresa" },
  },
  {
    id: "role",
    type: "single",
    required: true,
    label: { en: "Which best describes your role?", de: "Was beschreibt Ihre Rolle am besten?", fr: "Quel intitulé décrit le mieux votre rôle ?", es: "¿Qué describe mejor su puesto?" },
    options: [
      { value: "c-level", label: { en: "Owner or C-level", de: "Inhaber/in oder Geschäftsführung", fr: "Dirigeant ou direction générale", es: "Propietario o dirección general" }, score: { authority: 25 } },
      { value: "vp", label: { en: "VP or head of department", de: "Bereichs- oder Abteilungsleitung", fr: "VP ou responsable de département", es: "VP o jefe de departamento" }, score: { authority: 25 } },
      { value: "director", label: { en: "Director", de: "Direktor/in", fr: "Directeur ou directrice", es: "Director/a" }, score: { authority: 20 } },
      { value: "manager", label: { en: "Manager or team lead", de: "Manager/in oder Teamleitung", fr: "Manager ou chef d'équipe", es: "Responsable o jefe de equipo" }, score: { authority: 15 } },
      { value: "individual", label: { en: "Individual contributor", de: "Fachkraft ohne Personalverantwortung", fr: "Collaborateur ou collaboratrice", es: "Profesional sin equipo a cargo" }, score: { authority: 5 } },
      { value: "consultant", label: { en: "Consultant or agency", de: "Berater/in oder Agentur", fr: "Consultant ou agence", es: "Consultor o agencia" }, score: { authority: 10 } },
      { value: "student", label: { en: "Student", de: "Student/in", fr: "Étudiant ou étudiante", es: "Estudiante" }, score: { authority: 0 } },
    ],
  },
  {
    id: "employees",
    type: "number",
    required: true,
    min: 1,
    label: { en: "How many people work at your company?", de: "Wie viele Mitarbeitende hat Ihr Unternehmen?", fr: "Combien de personnes travaillent dans votre entreprise ?", es: "¿Cuántas personas trabajan en su empresa?" },
    ranges: [
      { max: 10, score: { fit: 2 } },
      { min: 10, max: 50, score: { fit: 6 } },
      { min: 50, score: { fit: 10 } },
    ],
  },
  {
    id: "need",
    type: "multi",
    required: true,
    label: { en: "What do you want to improve?", de: "Was möchten Sie verbessern?", fr: "Que souhaitez-vous améliorer ?", es: "¿Qué quiere mejorar?" },
    help: { en: "Choose all that apply.", de: "Mehrfachauswahl möglich.", fr: "Plusieurs choix possibles.", es: "Elija todas las que correspondan." },
    options: [
      { value: "reporting", label: { en: "Reporting and insights", de: "Reporting und Auswertungen", fr: "Reporting et analyses", es: "Informes y análisis" }, score: { need: 10 } },
      { value: "automation", label: { en: "Automating manual work", de: "Manuelle Arbeit automatisieren", fr: "Automatiser les tâches manuelles", es: "Automatizar el trabajo manual" }, score: { need: 10 } },
      { value: "integration", label: { en: "Connecting our tools", de: "Unsere Tools verbinden", fr: "Connecter nos outils", es: "Conectar nuestras herramientas" }, score: { need: 10 } },
      { value: "compliance", label: { en: "Security and compliance", de: "Sicherheit und Compliance", fr: "Sécurité et conformité", es: "Seguridad y cumplimiento" }, score: { need: 10 } },
      { value: "other", label: { en: "Something else", de: "Etwas anderes", fr: "Autre chose", es: "Otra cosa" }, score: { need: 5 } },
      // No points: an existing customer who only needs help is a support case, not a new lead.
      { value: "support", label: { en: "Help with a product we already use", de: "Hilfe zu einem Produkt, das wir schon nutzen", fr: "De l'aide sur un produit que nous utilisons déjà", es: "Ayuda con un producto que ya usamos" } },
    ],
  },
  {
    id: "budget",
    type: "single",
    required: true,
    label: { en: "Is there a budget for this?", de: "Gibt es dafür ein Budget?", fr: "Un budget est-il prévu ?", es: "¿Hay presupuesto para esto?" },
    options: [
      { value: "approved", label: { en: "Yes, approved", de: "Ja, freigegeben", fr: "Oui, validé", es: "Sí, aprobado" }, score: { budget: 25 } },
      { value: "planned", label: { en: "Planned, not yet approved", de: "Geplant, noch nicht freigegeben", fr: "Prévu, pas encore validé", es: "Previsto, aún no aprobado" }, score: { budget: 15 } },
      { value: "exploring", label: { en: "Not yet, we are exploring", de: "Noch nicht, wir informieren uns", fr: "Pas encore, nous nous renseignons", es: "Todavía no, estamos explorando" }, score: { budget: 5 } },
      { value: "none", label: { en: "No budget", de: "Kein Budget", fr: "Pas de budget", es: "Sin presupuesto" }, score: { budget: 0 } },
    ],
  },
  {
    id: "timeframe",
    type: "single",
    required: true,
    label: { en: "When do you want to get started?", de: "Wann möchten Sie starten?", fr: "Quand souhaitez-vous démarrer ?", es: "¿Cuándo quiere empezar?" },
    options: [
      { value: "now", label: { en: "Within a month", de: "Innerhalb eines Monats", fr: "D'ici un mois", es: "En menos de un mes" }, score: { timeframe: 25 } },
      { value: "next-quarter", label: { en: "Next quarter", de: "Im nächsten Quartal", fr: "Le trimestre prochain", es: "El próximo trimestre" }, score: { timeframe: 15 } },
      { value: "this-year", label: { en: "Later this year", de: "Später in diesem Jahr", fr: "Plus tard cette année", es: "Más adelante este año" }, score: { timeframe: 8 } },
      { value: "no-plans", label: { en: "No plans yet", de: "Noch keine Pläne", fr: "Pas encore de projet", es: "Aún sin planes" }, score: { timeframe: 0 } },
    ],
  },
  {
    id: "consent",
    type: "consent",
    required: true,
    label: CONSENT_LABEL,
  },
];
