import type { OwnPieceStory } from './story'

const WEB = 'https://www.cajica.gov.co'

/** Pieces the office started on its own (not from a request), spread over every state. */
export const OWN_PIECES: readonly OwnPieceStory[] = [
  // Publicadas
  {
    title: 'Cuarenta emprendedoras cajiqueñas mostraron sus productos en el parque principal',
    type: 'nota_web',
    activity: 'web',
    writer: 'agutierrez',
    channels: ['Página web', 'Facebook'],
    audiences: ['Ciudadanía en general'],
    body: [
      'Cuarenta emprendedoras cajiqueñas participaron en la feria organizada por la Secretaría de Desarrollo Social en el parque principal, con productos de panadería, artesanías, confecciones y cosmética natural.',
      'La jornada incluyó una charla sobre acceso a créditos para mujeres rurales y la atención de la Comisaría de Familia sobre las rutas de atención a la violencia de género.'
    ],
    dueInDays: -38,
    startedDaysAgo: 30,
    target: 'publicada',
    publications: [{ channel: 'Página web', place: `${WEB}/noticias/feria-emprendedoras-cajiquenas` }]
  },
  {
    title: 'Consejo de seguridad acuerda más patrullajes en la zona rural',
    type: 'boletin_prensa',
    activity: 'cubrimiento',
    writer: 'agutierrez',
    channels: ['Página web', 'Prensa', 'WhatsApp'],
    audiences: ['Ciudadanía en general', 'Medios de comunicación'],
    body: [
      'Cajicá, Cundinamarca. El consejo municipal de seguridad, presidido por el alcalde, acordó aumentar los patrullajes de la Policía en las veredas Chuntame, Río Grande y Calahorra, y reforzar las cámaras de vigilancia en las vías rurales.',
      'También se acordó reactivar los frentes de seguridad con las juntas de acción comunal y realizar jornadas de registro de bicicletas y motocicletas.',
      'La ciudadanía puede reportar hechos sospechosos en la línea 123 o en el cuadrante de su sector.'
    ],
    dueInDays: -33,
    startedDaysAgo: 27,
    target: 'publicada',
    contentReturn: {
      comments: 'Evite mencionar nombres de personas capturadas y agregue los números de los cuadrantes.',
      addition: 'Los números de los cuadrantes de Policía están publicados en la página web de la Alcaldía, en la sección de seguridad y convivencia.'
    },
    publications: [
      { channel: 'Página web', place: `${WEB}/noticias/consejo-de-seguridad-zona-rural` },
      { channel: 'Prensa', place: 'Periódico regional Sabana Noticias, edición impresa' }
    ]
  },
  {
    title: 'Abiertas las inscripciones a las escuelas de formación deportiva',
    type: 'publicacion_redes',
    activity: 'redes',
    writer: 'srozo',
    designer: 'jcuervo',
    channels: ['Facebook', 'Instagram', 'TikTok'],
    audiences: ['Ciudadanía en general'],
    body: [
      '⚽🏐🏊 ¡Inscríbete en las escuelas de formación deportiva! Fútbol, voleibol, natación, patinaje, atletismo y más para niños y jóvenes de 5 a 17 años.',
      'Inscripciones gratuitas en el coliseo municipal con el registro civil o la tarjeta de identidad. Cupos limitados. #CajicáDeportiva'
    ],
    dueInDays: -25,
    startedDaysAgo: 25,
    target: 'publicada',
    publications: [
      { channel: 'Instagram', place: 'https://www.instagram.com/p/C-escuelas-deportivas/' },
      { channel: 'Facebook', place: 'https://www.facebook.com/AlcaldiaCajica/posts/pfbid0escuelasdeportivas' }
    ]
  },
  {
    title: 'Así avanza la construcción del nuevo Centro de Desarrollo Infantil',
    type: 'video',
    activity: 'audiovisual',
    writer: 'dforero',
    designer: 'dforero',
    channels: ['YouTube', 'Facebook', 'Instagram'],
    audiences: ['Ciudadanía en general'],
    body: [
      'Guion. Tomas aéreas de la obra y entrevista a la secretaria de Desarrollo Social: el centro atenderá a 200 niños y niñas de cero a cinco años.',
      'Testimonio de una madre del barrio Granjitas. Cierre con el porcentaje de avance (60 %) y la fecha prevista de entrega.'
    ],
    dueInDays: -18,
    startedDaysAgo: 24,
    target: 'publicada',
    designReturn: { comments: 'Agregue subtítulos para personas con discapacidad auditiva y revise el audio de la entrevista, que está saturado.' },
    publications: [
      { channel: 'YouTube', place: 'https://www.youtube.com/watch?v=cdi-cajica-avance' },
      { channel: 'Facebook', place: 'https://www.facebook.com/AlcaldiaCajica/videos/cdi-avance' }
    ]
  },
  {
    title: 'Boletín interno: pausas activas y vacunación para funcionarios',
    type: 'correo_masivo',
    activity: 'interna',
    writer: 'agutierrez',
    designer: 'jcuervo',
    channels: ['Correo masivo', 'Intranet'],
    audiences: ['Funcionarios y contratistas'],
    body: [
      'Esta semana: jornada de pausas activas a las 10:00 a. m. en cada piso del Palacio Municipal, con el apoyo de la ARL.',
      'El jueves la Secretaría de Salud vacunará contra la influenza a funcionarios y contratistas en la sala de juntas. Lleve su documento.'
    ],
    dueInDays: -16,
    startedDaysAgo: 20,
    target: 'publicada',
    publications: [{ channel: 'Correo masivo', place: 'Correo institucional a funcionarios y contratistas' }]
  },
  {
    title: 'Cajicá, entre los municipios con mejor desempeño fiscal de Cundinamarca',
    type: 'nota_web',
    activity: 'web',
    writer: 'agutierrez',
    channels: ['Página web', 'Facebook', 'X'],
    audiences: ['Ciudadanía en general', 'Concejo Municipal', 'Gremios'],
    body: [
      'El índice de desempeño fiscal publicado por el Departamento Nacional de Planeación ubicó a Cajicá entre los municipios con mejor gestión de sus finanzas en el departamento.',
      'El resultado refleja el crecimiento del recaudo propio, la reducción de la deuda y una inversión que supera el 80 % del presupuesto.'
    ],
    dueInDays: -10,
    startedDaysAgo: 14,
    target: 'publicada',
    publications: [
      { channel: 'Página web', place: `${WEB}/noticias/desempeno-fiscal` },
      { channel: 'X', place: 'https://x.com/AlcaldiaCajica/status/desempeno-fiscal' }
    ]
  },
  {
    title: 'Recomendaciones para la temporada de lluvias',
    type: 'publicacion_redes',
    activity: 'redes',
    writer: 'srozo',
    designer: 'jcuervo',
    channels: ['Facebook', 'Instagram', 'X'],
    audiences: ['Ciudadanía en general'],
    body: [
      '🌧️ Llegó la temporada de lluvias. Limpia canales y desagües, no arrojes basura a las quebradas y revisa el estado de techos y tejas.',
      'Ante una emergencia llama al 123 o a los Bomberos de Cajicá. #CajicáPreparada'
    ],
    dueInDays: -6,
    startedDaysAgo: 10,
    target: 'publicada',
    publications: [
      { channel: 'Facebook', place: 'https://www.facebook.com/AlcaldiaCajica/posts/pfbid0temporadalluvias' },
      { channel: 'Instagram', place: 'https://www.instagram.com/p/C-temporada-lluvias/' }
    ]
  },
  // Aprobadas, listas para publicar
  {
    title: 'Hacienda amplía su horario de atención para el pago del predial',
    type: 'nota_web',
    activity: 'web',
    writer: 'agutierrez',
    channels: ['Página web', 'Facebook'],
    audiences: ['Ciudadanía en general'],
    body: [
      'Hasta la fecha límite del descuento, la Secretaría de Hacienda atenderá en jornada continua de 7:00 a. m. a 6:00 p. m. de lunes a viernes, y los sábados de 8:00 a. m. a 12:00 m.',
      'El pago en línea, la consulta del estado de cuenta y la radicación de PQRSD siguen disponibles todos los días en cajica.gov.co.'
    ],
    dueInDays: 3,
    startedDaysAgo: 6,
    target: 'aprobada'
  },
  {
    title: 'Calendario tributario: fechas clave del semestre',
    type: 'pieza_grafica',
    activity: 'campanas',
    writer: 'srozo',
    designer: 'jcuervo',
    channels: ['Instagram', 'Facebook', 'Carteleras'],
    audiences: ['Ciudadanía en general', 'Gremios'],
    body: [
      'Fechas clave: impuesto predial con descuento, declaración de industria y comercio y pago de la primera cuota de los acuerdos de pago.',
      'Más información en la Secretaría de Hacienda o en cajica.gov.co/impuestos.'
    ],
    dueInDays: 2,
    startedDaysAgo: 13,
    target: 'aprobada'
  },
  {
    title: 'La Alcaldía presentó al Concejo el informe de gestión del trimestre',
    type: 'boletin_prensa',
    activity: 'cubrimiento',
    writer: 'agutierrez',
    channels: ['Página web', 'Prensa'],
    audiences: ['Ciudadanía en general', 'Concejo Municipal', 'Medios de comunicación'],
    body: [
      'Cajicá, Cundinamarca. El alcalde y su gabinete presentaron ante el Concejo Municipal el informe de gestión del trimestre, con un avance del 24 % en las metas del Plan de Desarrollo.',
      'Los secretarios respondieron las preguntas de los concejales sobre malla vial, seguridad y el Programa de Alimentación Escolar.'
    ],
    dueInDays: 1,
    startedDaysAgo: 5,
    target: 'aprobada'
  },
  // En revisión de diseño
  {
    title: 'Campaña de adopción responsable de mascotas',
    type: 'pieza_grafica',
    activity: 'campanas',
    writer: 'srozo',
    designer: 'jcuervo',
    channels: ['Instagram', 'Facebook'],
    audiences: ['Ciudadanía en general'],
    body: [
      'Adoptar es un acto de amor y responsabilidad. Conoce a los perros y gatos que esperan un hogar en el centro de bienestar animal.',
      'Jornada de adopción el sábado en el parque principal. Requisitos: ser mayor de edad y firmar el compromiso de tenencia responsable.'
    ],
    dueInDays: 4,
    startedDaysAgo: 15,
    target: 'revision_diseno',
    designReturn: { comments: 'Las fotos de las mascotas deben ser del centro de bienestar animal del municipio, no de banco de imágenes.' }
  },
  {
    title: 'Feria de servicios de la Alcaldía en la vereda Chuntame',
    type: 'publicacion_redes',
    activity: 'redes',
    writer: 'srozo',
    designer: 'jcuervo',
    channels: ['Facebook', 'WhatsApp'],
    audiences: ['Ciudadanía en general'],
    body: [
      '📍 La Alcaldía llega a Chuntame: este sábado, feria de servicios en el salón comunal con Hacienda, Salud, Desarrollo Social y la Comisaría de Familia.',
      'Trae tus documentos y resuelve tus trámites sin desplazarte. De 8:00 a. m. a 1:00 p. m.'
    ],
    dueInDays: 3,
    startedDaysAgo: 8,
    target: 'revision_diseno'
  },
  // Ajustes de diseño
  {
    title: 'Invitación a la jornada de integración de funcionarios',
    type: 'correo_masivo',
    activity: 'clima',
    writer: 'agutierrez',
    designer: 'jcuervo',
    channels: ['Correo masivo'],
    audiences: ['Funcionarios y contratistas'],
    body: [
      'Los invitamos a la jornada de integración del último viernes del mes en el centro recreativo del municipio: actividades deportivas, almuerzo y reconocimiento a los servidores con más años de servicio.',
      'Confirme su asistencia con el jefe de su dependencia antes del miércoles.'
    ],
    dueInDays: -1,
    startedDaysAgo: 12,
    target: 'ajustes_diseno',
    designReturn: { comments: 'Use la plantilla de correo institucional (ancho de 600 px) y agregue el botón para confirmar asistencia.' }
  },
  // En diseño
  {
    title: 'Cajicá en cifras: balance de seguridad del mes',
    type: 'publicacion_redes',
    activity: 'redes',
    writer: 'srozo',
    designer: 'jcuervo',
    channels: ['Facebook', 'Instagram', 'X'],
    audiences: ['Ciudadanía en general', 'Concejo Municipal'],
    body: [
      'Balance de seguridad del mes: reducción del 18 % en el hurto a personas y del 25 % en el hurto de motocicletas frente al mismo mes del año anterior.',
      'Gracias a la denuncia ciudadana y al trabajo con la Policía. Denuncia en el 123. #CajicáSegura'
    ],
    dueInDays: -3,
    startedDaysAgo: 9,
    target: 'en_diseno'
  },
  // Contenido aprobado, esperando diseño
  {
    title: 'Video: historias de los artesanos de Cajicá',
    type: 'video',
    activity: 'audiovisual',
    writer: 'dforero',
    designer: 'dforero',
    channels: ['YouTube', 'Instagram', 'TikTok'],
    audiences: ['Ciudadanía en general'],
    body: [
      'Serie de tres cápsulas de un minuto: la tejedora de ruanas de la vereda Canelón, el alfarero de Río Grande y la familia que produce arepas de maíz pelao desde hace cuarenta años.',
      'Formato vertical para redes y horizontal para YouTube, con subtítulos.'
    ],
    dueInDays: 9,
    startedDaysAgo: 5,
    target: 'contenido_aprobado'
  },
  {
    title: 'Campaña: Cajicá recicla',
    type: 'campana',
    activity: 'campanas',
    writer: 'srozo',
    designer: 'jcuervo',
    channels: ['Facebook', 'Instagram', 'Carteleras'],
    audiences: ['Ciudadanía en general'],
    body: [
      'Concepto: «Separar es fácil». Tres piezas con el código de colores: blanco para aprovechables, negro para no aprovechables y verde para orgánicos.',
      'Incluir los días de recolección por sector y el número de la empresa de servicios públicos.'
    ],
    dueInDays: 12,
    startedDaysAgo: 7,
    target: 'contenido_aprobado',
    contentReturn: {
      comments: 'Verifique los colores de las bolsas con la resolución nacional vigente y use lenguaje incluyente.',
      addition: 'Las piezas usan el código de colores de la norma nacional y se dirigen a vecinas y vecinos de todos los sectores.'
    }
  },
  // Ajustes de contenido
  {
    title: 'Secretaría de Salud refuerza la vigilancia de la calidad del agua',
    type: 'boletin_prensa',
    activity: 'cubrimiento',
    writer: 'agutierrez',
    channels: ['Página web', 'Prensa'],
    audiences: ['Ciudadanía en general', 'Medios de comunicación'],
    body: [
      'Cajicá, Cundinamarca. La Secretaría de Salud tomó muestras de agua en 32 puntos de la red de acueducto y en los acueductos veredales para verificar su calidad.',
      'Los resultados serán publicados en la página web de la Alcaldía.'
    ],
    dueInDays: -4,
    startedDaysAgo: 11,
    target: 'ajustes_contenido',
    contentReturn: {
      comments: 'Incluya el índice de riesgo de la calidad del agua (IRCA) de cada acueducto y cite la fuente; sin esos datos la nota no informa.',
      addition: 'Según el último reporte, el IRCA del acueducto urbano es 0 % (sin riesgo); los acueductos veredales serán objeto de seguimiento mensual.'
    }
  },
  {
    title: 'Así puede solicitar el certificado de residencia en línea',
    type: 'nota_web',
    activity: 'web',
    writer: 'agutierrez',
    channels: ['Página web'],
    audiences: ['Ciudadanía en general'],
    body: [
      'El certificado de residencia ya se puede pedir en línea. Ingrese a cajica.gov.co, sección Trámites, y diligencie el formulario con sus datos.',
      'El certificado llega a su correo electrónico en un plazo máximo de cinco días hábiles.'
    ],
    dueInDays: 2,
    startedDaysAgo: 6,
    target: 'ajustes_contenido',
    contentReturn: {
      comments: 'Explique paso a paso, en lenguaje claro, qué documentos debe adjuntar la persona, y aclare que el trámite es gratuito.',
      addition: 'Adjunte la copia de su documento de identidad y un recibo de servicio público a su nombre o el certificado de la junta de acción comunal. El trámite es gratuito.'
    }
  },
  {
    title: 'Nuevo procedimiento para solicitar vacaciones',
    type: 'comunicado_interno',
    activity: 'interna',
    writer: 'agutierrez',
    channels: ['Correo masivo', 'Intranet'],
    audiences: ['Funcionarios y contratistas'],
    body: [
      'A partir del próximo mes las solicitudes de vacaciones se radicarán en el formato digital de Talento Humano, con al menos quince días de anticipación.',
      'El jefe inmediato aprobará la solicitud en el mismo formato.'
    ],
    dueInDays: 5,
    startedDaysAgo: 4,
    target: 'ajustes_contenido',
    contentReturn: {
      comments: 'Aclare que el procedimiento aplica solo a funcionarios de planta, no a contratistas, y agregue el enlace al formato.',
      addition: 'El procedimiento aplica a los funcionarios de planta. El formato está en la intranet, sección Talento Humano.'
    }
  },
  // En revisión de contenido
  {
    title: 'Comenzó la construcción del parque de la vereda Canelón',
    type: 'boletin_prensa',
    activity: 'cubrimiento',
    writer: 'agutierrez',
    channels: ['Página web', 'Facebook', 'Prensa'],
    audiences: ['Ciudadanía en general', 'Medios de comunicación'],
    body: [
      'Cajicá, Cundinamarca. Con la firma del acta de inicio comenzó la construcción del parque de la vereda Canelón, que tendrá juegos infantiles, gimnasio al aire libre, sendero peatonal e iluminación LED.',
      'La obra beneficiará a más de 4.000 habitantes de la vereda y estará lista en cinco meses.'
    ],
    dueInDays: 3,
    startedDaysAgo: 4,
    target: 'revision_contenido'
  },
  {
    title: 'Programa Adulto Mayor: entrega de mercados en Capellanía',
    type: 'nota_web',
    activity: 'web',
    writer: 'agutierrez',
    channels: ['Página web', 'Facebook'],
    audiences: ['Ciudadanía en general'],
    body: [
      'La Secretaría de Desarrollo Social entregó 350 mercados a adultos mayores del sector de Capellanía inscritos en el programa municipal.',
      'La entrega se hará en los demás sectores durante el mes; las fechas se publicarán en las redes de la Alcaldía.'
    ],
    dueInDays: -1,
    startedDaysAgo: 9,
    target: 'revision_contenido',
    contentReturn: {
      comments: 'No publique fotografías de los beneficiarios sin autorización firmada y corrija el número de mercados según el acta de entrega.',
      addition: 'Las fotografías de la jornada se publican con la autorización de uso de imagen firmada por cada persona.'
    }
  },
  {
    title: 'Consejos para prevenir el hurto de celulares',
    type: 'publicacion_redes',
    activity: 'redes',
    writer: 'srozo',
    designer: 'jcuervo',
    channels: ['Instagram', 'TikTok'],
    audiences: ['Ciudadanía en general'],
    body: [
      '📱 No uses el celular mientras caminas por la calle, activa el bloqueo con huella o clave y registra el IMEI de tu equipo.',
      'Si te roban, denuncia en el 123 y bloquea la línea con tu operador. #CajicáSegura'
    ],
    dueInDays: 6,
    startedDaysAgo: 3,
    target: 'revision_contenido'
  },
  // Borradores
  {
    title: 'Balance de la temporada de vacaciones escolares',
    type: 'boletin_prensa',
    activity: 'cubrimiento',
    writer: 'agutierrez',
    channels: ['Página web', 'Prensa'],
    audiences: ['Ciudadanía en general', 'Medios de comunicación'],
    body: [
      'Cajicá, Cundinamarca. Durante la temporada de vacaciones escolares más de 1.500 niños y niñas participaron en los planes vacacionales de cultura y deporte.'
    ],
    dueInDays: -7,
    startedDaysAgo: 16,
    target: 'borrador'
  },
  {
    title: 'Convocatoria para el Consejo Municipal de Juventud',
    type: 'nota_web',
    activity: 'convocatorias',
    writer: 'agutierrez',
    channels: ['Página web', 'Facebook'],
    audiences: ['Ciudadanía en general', 'Veedurías'],
    body: [
      'Los jóvenes de 14 a 28 años pueden inscribir sus candidaturas al Consejo Municipal de Juventud ante la Registraduría.'
    ],
    dueInDays: 8,
    startedDaysAgo: 2,
    target: 'borrador'
  },
  {
    title: 'Cuña: cultura ciudadana en el transporte público',
    type: 'audio_cuna',
    activity: 'radio',
    writer: 'dforero',
    designer: 'dforero',
    channels: ['Radio'],
    audiences: ['Ciudadanía en general'],
    body: [
      'Voz 1: En el bus, el puesto azul es para quien más lo necesita. Voz 2: Y la fila se respeta. Locutor: Cultura ciudadana, la ruta de todos. Alcaldía de Cajicá.'
    ],
    dueInDays: 10,
    startedDaysAgo: 2,
    target: 'borrador'
  },
  {
    title: 'Resultados de la encuesta de clima laboral',
    type: 'comunicado_interno',
    activity: 'clima',
    writer: 'agutierrez',
    channels: ['Intranet', 'Correo masivo'],
    audiences: ['Funcionarios y contratistas', 'Alta dirección'],
    body: [
      'La encuesta de clima laboral tuvo la participación del 78 % de los funcionarios. Los aspectos mejor calificados fueron el trabajo en equipo y el sentido de pertenencia.'
    ],
    dueInDays: 14,
    startedDaysAgo: 1,
    target: 'borrador'
  },
  // Canceladas
  {
    title: 'Inauguración del puente peatonal de la variante',
    type: 'boletin_prensa',
    activity: 'cubrimiento',
    writer: 'agutierrez',
    channels: ['Página web', 'Prensa'],
    audiences: ['Ciudadanía en general', 'Medios de comunicación'],
    body: [
      'Cajicá, Cundinamarca. El alcalde inaugurará el puente peatonal de la variante, que conectará de forma segura los barrios del occidente con el centro del municipio.'
    ],
    dueInDays: -15,
    startedDaysAgo: 22,
    target: 'cancelada',
    cancel: {
      after: 'revision_contenido',
      reason: 'El despacho aplazó la inauguración hasta recibir la obra a satisfacción; se hará una nueva pieza cuando haya fecha.'
    }
  },
  {
    title: 'Concierto de la banda sinfónica en el parque principal',
    type: 'publicacion_redes',
    activity: 'redes',
    writer: 'srozo',
    designer: 'jcuervo',
    channels: ['Facebook', 'Instagram'],
    audiences: ['Ciudadanía en general'],
    body: ['🎺 La Banda Sinfónica de Cajicá te invita a su concierto gratuito este domingo a las 4:00 p. m. en el parque principal.'],
    dueInDays: -8,
    startedDaysAgo: 12,
    target: 'cancelada',
    cancel: {
      after: 'en_diseno',
      reason: 'El concierto se canceló por la alerta de lluvias; la Secretaría de Cultura informará la nueva fecha.'
    }
  },
  {
    title: 'Afiche de la carrera atlética 10K',
    type: 'pieza_grafica',
    activity: 'campanas',
    writer: 'srozo',
    designer: 'jcuervo',
    channels: ['Instagram', 'Carteleras'],
    audiences: ['Ciudadanía en general'],
    body: ['Carrera atlética 10K Cajicá: inscripciones en el coliseo municipal.'],
    dueInDays: 6,
    startedDaysAgo: 5,
    target: 'cancelada',
    cancel: {
      after: 'borrador',
      reason: 'La carrera se divulgará dentro de la campaña de escuelas deportivas, con una sola pieza para las dos convocatorias.'
    }
  }
]
