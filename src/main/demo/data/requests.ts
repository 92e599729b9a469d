import type { RequestStory } from './story'

const WEB = 'https://www.cajica.gov.co'

/** Twenty requests from the dependencias, in every state; the accepted ones bring their pieces. */
export const REQUESTS: readonly RequestStory[] = [
  {
    dependencia: 'Secretaría de Salud',
    requesterName: 'Martha Lucía Cárdenas',
    requesterContact: 'Ext. 2301 · salud@cajica.gov.co',
    topic: 'Jornada de vacunación contra influenza y sarampión',
    objective: 'Aumentar la cobertura de vacunación en niños menores de seis años y adultos mayores.',
    keyMessage: 'La vacunación es gratuita y no necesita cita: acérquese con el documento de identidad y el carné.',
    channels: ['Página web', 'Facebook', 'Instagram', 'Radio'],
    audiences: ['Ciudadanía en general', 'Medios de comunicación'],
    desiredAfterDays: 7,
    registeredBy: 'agutierrez',
    receivedDaysAgo: 29,
    analysisDaysAgo: 28,
    accepted: {
      daysAgo: 28,
      pieces: [
        {
          title: 'Cajicá vacunó a más de 3.200 niños, niñas y adultos mayores en la jornada departamental',
          type: 'boletin_prensa',
          activity: 'cubrimiento',
          writer: 'agutierrez',
          channels: ['Página web', 'Facebook', 'Prensa'],
          audiences: ['Ciudadanía en general', 'Medios de comunicación'],
          body: [
            'Cajicá, Cundinamarca. La Secretaría de Salud reportó la aplicación de 3.214 dosis durante la jornada departamental de vacunación, que se realizó en el parque principal, en los centros de salud y en las veredas Chuntame, Canelón y Río Grande.',
            'Las vacunas contra influenza y sarampión-rubéola fueron las más aplicadas. Los equipos extramurales visitaron además a 180 adultos mayores que no pueden desplazarse.',
            '«Seguimos casa a casa hasta completar los esquemas de todos los niños del municipio», afirmó la secretaria de Salud.'
          ],
          dueInDays: -30,
          target: 'publicada',
          contentReturn: {
            comments: 'Confirme la cifra con el reporte oficial de la Secretaría de Salud y agregue los puntos de vacunación permanentes con sus horarios.',
            addition:
              'La vacunación continúa de lunes a viernes, de 7:00 a. m. a 4:00 p. m., en el Hospital Profesor Jorge Cavelier y en el centro de salud de Capellanía. No se necesita cita previa.'
          },
          publications: [
            { channel: 'Página web', place: `${WEB}/noticias/jornada-vacunacion-3200-dosis` },
            { channel: 'Facebook', place: 'https://www.facebook.com/AlcaldiaCajica/posts/pfbid0vacunacion3200' }
          ]
        },
        {
          title: 'Puntos de vacunación permanentes en Cajicá',
          type: 'pieza_grafica',
          activity: 'campanas',
          writer: 'srozo',
          designer: 'jcuervo',
          channels: ['Instagram', 'Facebook', 'Carteleras'],
          audiences: ['Ciudadanía en general'],
          body: [
            '¡Vacúnate sin cita! Puntos permanentes: Hospital Profesor Jorge Cavelier y centro de salud de Capellanía.',
            'Horario: lunes a viernes de 7:00 a. m. a 4:00 p. m. Lleva el documento de identidad y el carné de vacunación.'
          ],
          dueInDays: -28,
          target: 'publicada',
          designReturn: {
            comments: 'El logo de la Alcaldía va en la franja inferior según el manual de imagen, y los horarios deben leerse mejor: aumente su tamaño.'
          },
          publications: [
            { channel: 'Instagram', place: 'https://www.instagram.com/p/C-vacunacion-permanente/' },
            { channel: 'Carteleras', place: 'Carteleras del Palacio Municipal y de los centros de salud' }
          ]
        }
      ]
    }
  },
  {
    dependencia: 'Secretaría de Infraestructura',
    requesterName: 'Ing. Jorge Eliécer Malaver',
    requesterContact: 'Ext. 2504',
    topic: 'Rehabilitación de la malla vial urbana y cierres parciales',
    objective: 'Informar a conductores y vecinos los cierres y desvíos mientras duran las obras.',
    keyMessage: 'Las obras mejoran 4,2 km de vías; planee sus recorridos y use los desvíos señalizados.',
    channels: ['Facebook', 'X', 'WhatsApp', 'Página web'],
    audiences: ['Ciudadanía en general', 'Gremios'],
    desiredAfterDays: 3,
    registeredBy: 'srozo',
    receivedDaysAgo: 14,
    analysisDaysAgo: 13,
    accepted: {
      daysAgo: 12,
      pieces: [
        {
          title: 'Cierre parcial de la calle 1 sur por rehabilitación de la malla vial',
          type: 'publicacion_redes',
          activity: 'redes',
          writer: 'srozo',
          designer: 'jcuervo',
          channels: ['Facebook', 'X', 'WhatsApp'],
          audiences: ['Ciudadanía en general'],
          body: [
            '⚠️ Atención conductores: desde este lunes habrá cierre parcial de la calle 1 sur, entre carreras 4 y 6, por la rehabilitación de la malla vial.',
            'Use el desvío por la carrera 7. Los trabajos van de 7:00 a. m. a 5:00 p. m. #CajicáAvanza'
          ],
          dueInDays: -2,
          target: 'revision_diseno'
        },
        {
          title: 'Avanza la rehabilitación de 4,2 kilómetros de malla vial urbana',
          type: 'boletin_prensa',
          activity: 'cubrimiento',
          writer: 'agutierrez',
          channels: ['Página web', 'Prensa', 'WhatsApp'],
          audiences: ['Ciudadanía en general', 'Medios de comunicación', 'Concejo Municipal'],
          body: [
            'Cajicá, Cundinamarca. La Secretaría de Infraestructura informó que la rehabilitación de la malla vial urbana lleva un avance del 35 %, con 1,5 de los 4,2 kilómetros previstos ya pavimentados.',
            'Las obras incluyen fresado, reposición de carpeta asfáltica, señalización y rampas de accesibilidad en los barrios Centro, Granjitas y Capellanía.',
            'La inversión supera los 6.800 millones de pesos y se espera terminar los trabajos antes de finalizar el semestre.'
          ],
          dueInDays: 1,
          target: 'aprobada'
        }
      ]
    }
  },
  {
    dependencia: 'Secretaría de Hacienda',
    requesterName: 'Claudia Patricia Neira',
    requesterContact: 'Ext. 2201 · hacienda@cajica.gov.co',
    topic: 'Descuento por pronto pago del impuesto predial',
    objective: 'Que más contribuyentes paguen a tiempo y aprovechen el descuento.',
    keyMessage: 'Pague el predial antes de la fecha límite y obtenga 10 % de descuento; puede hacerlo en línea.',
    channels: ['Página web', 'Facebook', 'Instagram', 'YouTube', 'Radio'],
    audiences: ['Ciudadanía en general', 'Gremios'],
    desiredAfterDays: 10,
    registeredBy: 'agutierrez',
    receivedDaysAgo: 27,
    accepted: {
      daysAgo: 26,
      pieces: [
        {
          title: 'Campaña: pague su predial con el 10 % de descuento',
          type: 'campana',
          activity: 'campanas',
          writer: 'srozo',
          designer: 'jcuervo',
          channels: ['Facebook', 'Instagram', 'Página web', 'Carteleras'],
          audiences: ['Ciudadanía en general'],
          body: [
            'Concepto: «Tu predial al día, tu Cajicá mejor». Piezas para redes, banner web y afiche para la sede de Hacienda.',
            'Mensaje principal: paga antes de la fecha límite y obtén 10 % de descuento. Pago en línea en cajica.gov.co o en las entidades bancarias autorizadas.'
          ],
          dueInDays: -20,
          target: 'publicada',
          publications: [
            { channel: 'Facebook', place: 'https://www.facebook.com/AlcaldiaCajica/posts/pfbid0predial10descuento' },
            { channel: 'Página web', place: `${WEB}/impuesto-predial` }
          ]
        },
        {
          title: 'Video: ¿cómo pagar el impuesto predial en línea?',
          type: 'video',
          activity: 'audiovisual',
          writer: 'dforero',
          designer: 'dforero',
          channels: ['YouTube', 'Facebook', 'TikTok'],
          audiences: ['Ciudadanía en general'],
          body: [
            'Guion. Escena 1: un vecino en su casa con el recibo del predial. Voz en off: «Pagar el predial ya no requiere filas».',
            'Escena 2: grabación de pantalla del portal: consultar con el número de la ficha catastral, generar el recibo y pagar por PSE.',
            'Cierre: «Paga antes de la fecha límite y obtén el 10 % de descuento». Logo de la Alcaldía y de la Secretaría de Hacienda.'
          ],
          dueInDays: -5,
          target: 'en_diseno'
        }
      ]
    }
  },
  {
    dependencia: 'Secretaría de Cultura',
    requesterName: 'Luis Fernando Suárez',
    requesterContact: 'Ext. 2702 · cultura@cajica.gov.co',
    topic: 'Festival del Maíz',
    objective: 'Convocar a cajiqueños y visitantes al Festival del Maíz y dar a conocer la programación.',
    keyMessage: 'Tres días de música, gastronomía y tradición campesina en torno al maíz, con entrada libre.',
    channels: ['Facebook', 'Instagram', 'TikTok', 'Página web', 'Radio', 'Prensa'],
    audiences: ['Ciudadanía en general', 'Medios de comunicación', 'Gremios'],
    desiredAfterDays: 20,
    registeredBy: 'agutierrez',
    receivedDaysAgo: 10,
    analysisDaysAgo: 9,
    accepted: {
      daysAgo: 8,
      pieces: [
        {
          title: 'Campaña Festival del Maíz',
          type: 'campana',
          activity: 'campanas',
          writer: 'srozo',
          designer: 'jcuervo',
          channels: ['Facebook', 'Instagram', 'TikTok', 'Carteleras'],
          audiences: ['Ciudadanía en general'],
          body: [
            'Concepto: «Cajicá, tierra de maíz». Serie de piezas con la programación por día: desfile de comparsas, concurso de amasijos y concierto de cierre.',
            'Incluir el mapa del parque principal con las zonas de comida y los puntos de hidratación y de primeros auxilios.'
          ],
          dueInDays: 6,
          target: 'ajustes_diseno',
          designReturn: {
            comments: 'La fecha del concierto de cierre está errada (es el domingo) y falta el logo de la Secretaría de Cultura.'
          }
        },
        {
          title: 'Cajicá se prepara para una nueva edición del Festival del Maíz',
          type: 'boletin_prensa',
          activity: 'cubrimiento',
          writer: 'agutierrez',
          channels: ['Página web', 'Prensa', 'Radio'],
          audiences: ['Ciudadanía en general', 'Medios de comunicación'],
          body: [
            'Cajicá, Cundinamarca. El municipio celebrará una nueva edición del Festival del Maíz, una fiesta que reúne a productores campesinos, cocineras tradicionales y artistas locales en el parque principal.',
            'La programación incluye el desfile de comparsas, el concurso de amasijos, muestras de danza folclórica y un concierto de cierre con agrupaciones de la región.',
            'La entrada a todas las actividades es libre. La Secretaría de Cultura invitó a los visitantes a usar el transporte público y a llegar temprano.'
          ],
          dueInDays: 4,
          target: 'revision_contenido'
        }
      ]
    }
  },
  {
    dependencia: 'Secretaría de Educación',
    requesterName: 'Diana Marcela Ortiz',
    requesterContact: 'Ext. 2602',
    topic: 'Inicio del Programa de Alimentación Escolar (PAE)',
    objective: 'Informar a las familias el inicio del PAE y cómo reportar novedades.',
    keyMessage: 'Todos los estudiantes de las instituciones oficiales reciben complemento alimentario desde el primer día.',
    channels: ['Página web', 'Facebook', 'WhatsApp'],
    audiences: ['Ciudadanía en general', 'Veedurías'],
    desiredAfterDays: 2,
    registeredBy: 'agutierrez',
    receivedDaysAgo: 23,
    accepted: {
      daysAgo: 22,
      pieces: [
        {
          title: 'El PAE llega a 6.800 estudiantes de las instituciones educativas oficiales',
          type: 'boletin_prensa',
          activity: 'cubrimiento',
          writer: 'agutierrez',
          channels: ['Página web', 'Facebook', 'WhatsApp'],
          audiences: ['Ciudadanía en general', 'Veedurías'],
          body: [
            'Cajicá, Cundinamarca. Con la entrega de complementos alimentarios en las seis instituciones educativas oficiales comenzó el Programa de Alimentación Escolar (PAE), que beneficia a 6.800 estudiantes.',
            'La Secretaría de Educación recordó que padres, madres y veedores pueden reportar cualquier novedad en la calidad o la cantidad de los alimentos en la línea de atención o en el correo del programa.',
            'El operador fue seleccionado mediante licitación pública y su contrato se puede consultar en el SECOP II.'
          ],
          dueInDays: -27,
          target: 'publicada',
          publications: [
            { channel: 'Página web', place: `${WEB}/noticias/pae-6800-estudiantes` },
            { channel: 'WhatsApp', place: 'Grupo de prensa de la Alcaldía en WhatsApp' }
          ]
        }
      ]
    }
  },
  {
    dependencia: 'Secretaría de Ambiente',
    requesterName: 'Paola Andrea Guerrero',
    requesterContact: 'Ext. 2801',
    topic: 'Jornada de recolección de residuos posconsumo',
    objective: 'Que los hogares entreguen pilas, medicamentos vencidos, llantas y aparatos eléctricos en los puntos habilitados.',
    keyMessage: 'Entregue sus residuos posconsumo en la jornada: no los deje en la basura ni en la calle.',
    channels: ['Facebook', 'Instagram', 'Carteleras'],
    audiences: ['Ciudadanía en general'],
    desiredAfterDays: 12,
    registeredBy: 'srozo',
    receivedDaysAgo: 7,
    accepted: {
      daysAgo: 6,
      pieces: [
        {
          title: 'Jornada de recolección de residuos posconsumo',
          type: 'pieza_grafica',
          activity: 'campanas',
          writer: 'srozo',
          designer: 'jcuervo',
          channels: ['Instagram', 'Facebook', 'Carteleras'],
          audiences: ['Ciudadanía en general'],
          body: [
            'Jornada posconsumo: trae tus pilas, medicamentos vencidos, llantas, bombillos y aparatos eléctricos.',
            'Sábado de 8:00 a. m. a 2:00 p. m. en el parque principal y en el polideportivo de Capellanía. #CajicáRecicla'
          ],
          dueInDays: 5,
          target: 'contenido_aprobado'
        }
      ]
    }
  },
  {
    dependencia: 'Secretaría de Movilidad',
    requesterName: 'Óscar Javier Páez',
    requesterContact: 'Ext. 2405',
    topic: 'Cierres viales por la ciclovía nocturna',
    objective: 'Evitar congestión y accidentes durante la ciclovía nocturna.',
    keyMessage: 'El jueves la carrera 6 será solo para ciclistas y peatones de 6:00 p. m. a 10:00 p. m.',
    channels: ['Facebook', 'X', 'Instagram'],
    audiences: ['Ciudadanía en general'],
    desiredAfterDays: 5,
    registeredBy: 'srozo',
    receivedDaysAgo: 5,
    accepted: {
      daysAgo: 4,
      pieces: [
        {
          title: 'Cierres viales por la ciclovía nocturna',
          type: 'publicacion_redes',
          activity: 'redes',
          writer: 'srozo',
          designer: 'jcuervo',
          channels: ['Facebook', 'X', 'Instagram'],
          audiences: ['Ciudadanía en general'],
          body: [
            '🚲 Este jueves vuelve la ciclovía nocturna. La carrera 6, entre la calle 1 sur y la calle 8, será exclusiva para ciclistas y peatones de 6:00 p. m. a 10:00 p. m.',
            'Desvíos por la carrera 4 y la carrera 9. ¡Lleva luces y casco! #CajicáSeMueve'
          ],
          dueInDays: 2,
          target: 'revision_contenido'
        }
      ]
    }
  },
  {
    dependencia: 'Secretaría de Desarrollo Social',
    requesterName: 'Gloria Stella Rubiano',
    requesterContact: 'Ext. 2903',
    topic: 'Inscripciones a los centros día del adulto mayor',
    objective: 'Llegar a los adultos mayores que no usan redes sociales.',
    keyMessage: 'Las inscripciones son gratuitas y se hacen en la Secretaría de Desarrollo Social con la cédula.',
    channels: ['Radio', 'Carteleras'],
    audiences: ['Ciudadanía en general'],
    desiredAfterDays: 8,
    registeredBy: 'agutierrez',
    receivedDaysAgo: 12,
    analysisDaysAgo: 11,
    accepted: {
      daysAgo: 10,
      pieces: [
        {
          title: 'Cuña: inscripciones abiertas para los centros día del adulto mayor',
          type: 'audio_cuna',
          activity: 'radio',
          writer: 'dforero',
          designer: 'dforero',
          channels: ['Radio'],
          audiences: ['Ciudadanía en general'],
          body: [
            'Locutora: ¿Tiene más de 60 años o conoce a alguien que los tenga? En los centros día de Cajicá hay actividad física, talleres, alimentación y compañía.',
            'Locutor: Las inscripciones son gratuitas. Acérquese con su cédula a la Secretaría de Desarrollo Social, de lunes a viernes. Alcaldía de Cajicá.'
          ],
          dueInDays: 3,
          target: 'en_diseno'
        }
      ]
    }
  },
  {
    dependencia: 'Oficina de Control Interno',
    requesterName: 'Ricardo Alfonso Mora',
    requesterContact: 'Ext. 2102',
    topic: 'Campaña interna sobre el Código de Integridad',
    objective: 'Que funcionarios y contratistas conozcan los valores del Código de Integridad antes de la evaluación del MIPG.',
    keyMessage: 'Honestidad, respeto, compromiso, diligencia y justicia: los valores del servicio público.',
    channels: ['Correo masivo', 'Intranet'],
    audiences: ['Funcionarios y contratistas'],
    desiredAfterDays: 10,
    registeredBy: 'agutierrez',
    receivedDaysAgo: 20,
    accepted: {
      daysAgo: 19,
      pieces: [
        {
          title: 'Conozca los cinco valores del Código de Integridad',
          type: 'comunicado_interno',
          activity: 'interna',
          writer: 'agutierrez',
          channels: ['Correo masivo', 'Intranet'],
          audiences: ['Funcionarios y contratistas'],
          body: [
            'Apreciados funcionarios y contratistas: el Código de Integridad reúne los valores que guían nuestro trabajo al servicio de los cajiqueños: honestidad, respeto, compromiso, diligencia y justicia.',
            'Durante este mes la Oficina de Control Interno visitará las dependencias con una breve actividad sobre cada valor. Los invitamos a participar y a consultar el código completo en la intranet.'
          ],
          dueInDays: -12,
          target: 'publicada',
          publications: [
            { channel: 'Correo masivo', place: 'Correo institucional a funcionarios y contratistas' },
            { channel: 'Intranet', place: 'https://intranet.cajica.gov.co/comunicados/codigo-de-integridad' }
          ]
        }
      ]
    }
  },
  {
    dependencia: 'Secretaría de Gobierno',
    requesterName: 'Camilo Andrés Vargas',
    requesterContact: 'Ext. 2002',
    topic: 'Medidas del consejo de seguridad para la temporada de fiestas',
    objective: 'Dar a conocer las medidas de seguridad y convivencia acordadas para las fiestas del municipio.',
    keyMessage: 'Las medidas buscan que las fiestas se vivan en paz: horarios de establecimientos y prohibición de pólvora.',
    channels: ['Página web', 'Facebook', 'Radio'],
    audiences: ['Ciudadanía en general', 'Gremios'],
    desiredAfterDays: 6,
    registeredBy: 'agutierrez',
    receivedDaysAgo: 4,
    analysisDaysAgo: 3
  },
  {
    dependencia: 'Despacho del Alcalde',
    requesterName: 'Natalia Castro Bermúdez',
    requesterContact: 'Despacho · Ext. 2000',
    topic: 'Audiencia pública de rendición de cuentas',
    objective: 'Convocar a la ciudadanía y a las veedurías a la audiencia pública de rendición de cuentas.',
    keyMessage: 'Conozca los resultados de la gestión y haga sus preguntas al alcalde.',
    channels: ['Página web', 'Facebook', 'YouTube', 'Radio', 'Prensa'],
    audiences: ['Ciudadanía en general', 'Veedurías', 'Entes de control', 'Concejo Municipal'],
    desiredAfterDays: 25,
    registeredBy: 'agutierrez',
    receivedDaysAgo: 6,
    analysisDaysAgo: 5
  },
  {
    dependencia: 'Secretaría de Planeación',
    requesterName: 'Arq. Felipe Quintero',
    requesterContact: 'Ext. 2305',
    topic: 'Socialización de la revisión del Plan de Ordenamiento Territorial',
    objective: 'Invitar a los talleres veredales de socialización del POT.',
    keyMessage: 'El POT define cómo crecerá Cajicá: participe en el taller de su vereda o barrio.',
    channels: ['Página web', 'Facebook', 'Carteleras', 'WhatsApp'],
    audiences: ['Ciudadanía en general', 'Veedurías', 'Gremios'],
    desiredAfterDays: 15,
    registeredBy: 'srozo',
    receivedDaysAgo: 3,
    analysisDaysAgo: 2
  },
  {
    dependencia: 'Secretaría de Movilidad',
    requesterName: 'Óscar Javier Páez',
    requesterContact: 'Ext. 2405',
    topic: 'Semana de la seguridad vial',
    objective: 'Reducir la siniestralidad de motociclistas con actividades pedagógicas.',
    keyMessage: 'Casco abrochado, luces encendidas y velocidad moderada: así se cuida la vida en la vía.',
    channels: ['Facebook', 'Instagram', 'TikTok', 'Radio'],
    audiences: ['Ciudadanía en general'],
    desiredAfterDays: 18,
    registeredBy: 'srozo',
    receivedDaysAgo: 2,
    analysisDaysAgo: 1
  },
  {
    dependencia: 'Secretaría de Salud',
    requesterName: 'Martha Lucía Cárdenas',
    requesterContact: 'Ext. 2301 · salud@cajica.gov.co',
    topic: 'Línea de atención en salud mental',
    objective: 'Que la comunidad conozca la línea gratuita de orientación psicológica.',
    keyMessage: 'Pedir ayuda es de valientes: la línea atiende las 24 horas y es confidencial.',
    channels: ['Facebook', 'Instagram', 'Radio'],
    audiences: ['Ciudadanía en general'],
    desiredAfterDays: 10,
    registeredBy: 'srozo',
    receivedDaysAgo: 2
  },
  {
    dependencia: 'Secretaría de Desarrollo Económico',
    requesterName: 'Adriana Milena Soler',
    requesterContact: 'Ext. 2950',
    topic: 'Feria de emprendimiento en el parque principal',
    objective: 'Convocar a emprendedores a inscribirse y a la ciudadanía a visitar la feria.',
    keyMessage: 'Compre local: más de 60 emprendimientos cajiqueños en un solo lugar.',
    channels: ['Facebook', 'Instagram', 'Página web'],
    audiences: ['Ciudadanía en general', 'Gremios'],
    desiredAfterDays: 20,
    registeredBy: 'agutierrez',
    receivedDaysAgo: 1
  },
  {
    dependencia: 'Secretaría de Gobierno',
    requesterName: 'Camilo Andrés Vargas',
    requesterContact: 'Ext. 2002',
    topic: 'Elecciones de juntas de acción comunal',
    objective: 'Informar fechas, requisitos y lugares de votación de las elecciones comunales.',
    keyMessage: 'Elija a quienes representarán a su barrio o vereda: consulte su lugar de votación.',
    channels: ['Página web', 'Facebook', 'Carteleras'],
    audiences: ['Ciudadanía en general', 'Veedurías'],
    desiredAfterDays: 14,
    registeredBy: 'srozo',
    receivedDaysAgo: 1
  },
  {
    dependencia: 'Secretaría de Infraestructura',
    requesterName: 'Ing. Jorge Eliécer Malaver',
    requesterContact: 'Ext. 2504',
    topic: 'Avance de obra del parque de la vereda Canelón',
    objective: 'Mostrar el avance de la obra a la comunidad de la vereda.',
    keyMessage: 'El parque tendrá juegos infantiles, gimnasio al aire libre y sendero peatonal.',
    channels: ['Facebook', 'Instagram'],
    audiences: ['Ciudadanía en general'],
    desiredAfterDays: null,
    registeredBy: 'srozo',
    receivedDaysAgo: 3
  },
  {
    dependencia: 'Secretaría de Hacienda',
    requesterName: 'Claudia Patricia Neira',
    requesterContact: 'Ext. 2201 · hacienda@cajica.gov.co',
    topic: 'Publicar la lista de contribuyentes morosos del predial',
    objective: 'Presionar el pago de la cartera morosa.',
    keyMessage: 'Estos contribuyentes deben el impuesto predial.',
    channels: ['Facebook', 'Página web'],
    audiences: ['Ciudadanía en general'],
    desiredAfterDays: 5,
    registeredBy: 'agutierrez',
    receivedDaysAgo: 16,
    analysisDaysAgo: 15,
    rejected: {
      daysAgo: 15,
      reason:
        'Publicar nombres y deudas de contribuyentes expone datos personales (Ley 1581 de 2012). Proponemos una campaña general de pago con el descuento vigente.'
    }
  },
  {
    dependencia: 'Oficina Jurídica',
    requesterName: 'Sandra Milena Ríos',
    requesterContact: 'Ext. 2110',
    topic: 'Fotografías de infractores del Código de Policía en redes',
    objective: 'Disuadir comportamientos contrarios a la convivencia.',
    keyMessage: 'Estas personas fueron sancionadas por riñas en la vía pública.',
    channels: ['Facebook', 'X'],
    audiences: ['Ciudadanía en general'],
    desiredAfterDays: 2,
    registeredBy: 'srozo',
    receivedDaysAgo: 9,
    rejected: {
      daysAgo: 9,
      reason:
        'Las fotografías de personas sancionadas no pueden publicarse sin su autorización y vulneran su derecho a la intimidad. Podemos apoyar una campaña pedagógica de convivencia.'
    }
  },
  {
    dependencia: 'Secretaría de Educación',
    requesterName: 'Diana Marcela Ortiz',
    requesterContact: 'Ext. 2602',
    topic: 'Saludo de cumpleaños a cada docente en las redes institucionales',
    objective: 'Reconocer a los docentes de las instituciones oficiales.',
    keyMessage: 'Feliz cumpleaños, profe.',
    channels: ['Facebook', 'Instagram'],
    audiences: ['Funcionarios y contratistas'],
    desiredAfterDays: null,
    registeredBy: 'srozo',
    receivedDaysAgo: 18,
    analysisDaysAgo: 17,
    rejected: {
      daysAgo: 16,
      reason:
        'Las redes institucionales se reservan para información de interés general. Sugerimos incluir los cumpleaños del mes en el boletín interno, con autorización de cada docente.'
    }
  }
]
