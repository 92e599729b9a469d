export const PIECE_STATES = [
  'borrador',
  'revision_contenido',
  'ajustes_contenido',
  'contenido_aprobado',
  'en_diseno',
  'revision_diseno',
  'ajustes_diseno',
  'aprobada',
  'publicada',
  'cancelada'
] as const
export type PieceState = (typeof PIECE_STATES)[number]

export const PIECE_STATE_LABELS: Record<PieceState, string> = {
  borrador: 'Borrador',
  revision_contenido: 'Revisión de contenido',
  ajustes_contenido: 'Ajustes de contenido',
  contenido_aprobado: 'Contenido aprobado',
  en_diseno: 'En diseño',
  revision_diseno: 'Revisión de diseño',
  ajustes_diseno: 'Ajustes de diseño',
  aprobada: 'Aprobada',
  publicada: 'Publicada',
  cancelada: 'Cancelada'
}

export const PIECE_TYPES = [
  'boletin_prensa',
  'nota_web',
  'publicacion_redes',
  'pieza_grafica',
  'video',
  'audio_cuna',
  'campana',
  'correo_masivo',
  'comunicado_interno'
] as const
export type PieceType = (typeof PIECE_TYPES)[number]

export const PIECE_TYPE_LABELS: Record<PieceType, string> = {
  boletin_prensa: 'Boletín de prensa',
  nota_web: 'Nota web',
  publicacion_redes: 'Publicación en redes',
  pieza_grafica: 'Pieza gráfica',
  video: 'Video',
  audio_cuna: 'Audio / cuña radial',
  campana: 'Campaña',
  correo_masivo: 'Correo masivo',
  comunicado_interno: 'Comunicado interno'
}

/** Text-only types go from content approval straight to "aprobada"; the piece may override it. */
export const TYPE_REQUIRES_DESIGN: Record<PieceType, boolean> = {
  boletin_prensa: false,
  nota_web: false,
  publicacion_redes: true,
  pieza_grafica: true,
  video: true,
  audio_cuna: true,
  campana: true,
  correo_masivo: true,
  comunicado_interno: false
}

export const REVIEW_STAGES = ['contenido', 'diseno'] as const
export type ReviewStage = (typeof REVIEW_STAGES)[number]
export const REVIEW_STAGE_LABELS: Record<ReviewStage, string> = {
  contenido: 'Contenido',
  diseno: 'Diseño'
}

export const REVIEW_DECISIONS = ['aprobada', 'devuelta'] as const
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number]
export const REVIEW_DECISION_LABELS: Record<ReviewDecision, string> = {
  aprobada: 'Aprobada',
  devuelta: 'Devuelta con ajustes'
}

/** Control points of the process documents, checked by the reviewer at each stage. */
export const CHECKLIST_ITEMS = [
  'veracidad_oportunidad',
  'lenguaje_claro',
  'manual_imagen',
  'datos_personales',
  'pertinencia'
] as const
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number]
export const CHECKLIST_LABELS: Record<ChecklistItem, string> = {
  veracidad_oportunidad: 'Veracidad y oportunidad de la información',
  lenguaje_claro: 'Lenguaje claro, sencillo e incluyente',
  manual_imagen: 'Cumple el manual de imagen institucional',
  datos_personales: 'Protección de datos personales y autorización de uso de imagen',
  pertinencia: 'Pertinencia del tema'
}

/** What the current user may do with a piece now; computed in main, only used to show buttons. */
export const PIECE_ACTIONS = [
  'editMetadata',
  'saveContent',
  'submitContent',
  'reviewContent',
  'attachDesign',
  'submitDesign',
  'reviewDesign',
  'publish',
  'cancel'
] as const
export type PieceAction = (typeof PIECE_ACTIONS)[number]
