export const CATALOGUE_KINDS = ['dependencia', 'canal', 'grupo_valor'] as const
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number]

export const CATALOGUE_KIND_LABELS: Record<CatalogueKind, string> = {
  dependencia: 'Dependencias',
  canal: 'Canales',
  grupo_valor: 'Grupos de valor e interés'
}

/** Defaults every new office starts with; the office edits them in Configuración. */
export const DEFAULT_CATALOGUE: Record<CatalogueKind, readonly string[]> = {
  dependencia: [
    'Despacho del Alcalde',
    'Secretaría de Gobierno',
    'Secretaría de Hacienda',
    'Secretaría de Planeación',
    'Secretaría de Salud',
    'Secretaría de Educación',
    'Secretaría de Desarrollo Social',
    'Secretaría de Infraestructura',
    'Secretaría de Movilidad',
    'Secretaría de Ambiente',
    'Oficina de Control Interno',
    'Oficina Jurídica'
  ],
  canal: [
    'Página web',
    'Facebook',
    'X',
    'Instagram',
    'YouTube',
    'TikTok',
    'WhatsApp',
    'Intranet',
    'Correo masivo',
    'Radio',
    'Prensa',
    'Televisión',
    'Carteleras'
  ],
  grupo_valor: [
    'Ciudadanía en general',
    'Medios de comunicación',
    'Funcionarios y contratistas',
    'Alta dirección',
    'Concejo Municipal',
    'Entes de control',
    'Gremios',
    'Veedurías'
  ]
}
