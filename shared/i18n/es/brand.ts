import type { Messages } from '../en';

/** La marca del consultor en los documentos que entrega a sus clientes. */
export const brand: Messages['brand'] = {
  open: 'Tu marca',
  title: 'Tu marca',
  description:
    'Tu nombre, tu logotipo y tu color en la portada y la cabecera del PDF y en la vista de presentación. El resto del informe no cambia.',
  name: 'Nombre que aparece en «Preparado por»',
  logo: 'Logotipo',
  noLogo: 'Aún no hay logotipo.',
  logoPreview: 'Tu logotipo, tal como se imprimirá',
  chooseLogo: 'Elegir logotipo…',
  removeLogo: 'Quitar logotipo',
  logoHelp:
    'PNG o SVG, hasta 512 KB. Un SVG tiene que ser un dibujo simple: sin scripts ni enlaces.',
  accent: 'Color de acento',
  accentHelp: 'Como #RRGGBB, por ejemplo #0F766E. Déjalo vacío para usar el azul de la aplicación.',
  accentInvalid: 'Escribe el color con # y seis dígitos hexadecimales, por ejemplo #0F766E.',
  accentReads: 'Este color se lee bien sobre blanco.',
  accentAdjusted:
    'Sobre blanco este color se leería mal, así que se usa {{color}}, una versión más oscura.',
  clientLogo: 'Logotipo del cliente',
  clientLogoOf: 'Logotipo de {{client}}',
  theClient: 'el cliente',
  noClientLogo: 'Sin logotipo del cliente: la portada muestra su nombre.',
  chooseClientLogo: 'Elegir logotipo del cliente…',
  removeClientLogo: 'Quitar logotipo del cliente',
  save: 'Guardar marca',
  saved: 'Marca guardada. El próximo PDF la llevará.',
};
