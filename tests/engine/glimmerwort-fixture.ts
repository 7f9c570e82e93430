// A three-paragraph article on a made-up plant, so that every word the engine matches is one we chose.
import { compileFiles } from '../../src/content/compile-content.js';
import { buildIndex, type IndexedKnowledgeBase } from '../../src/engine/index.js';

export const GLIMMERWORT_ARTICLE = `# The glimmerwort plant of the Varnhold valley

The glimmerwort is a small flowering plant that grows only on the cliffs of the Varnhold valley. Its leaves store a pigment called lumicene, which makes them glow faintly blue at night.

Harvesting glimmerwort is expensive because pickers must climb ropes to reach the cliffs. Each spring the VGC auction in Kessel sets the price, and a kilogram of dried leaves sold for 900 crowns last year.

Farmers in the lowlands have tried to grow the plant in greenhouses, but the seedlings wither without the cold mountain wind. Researchers at the Orrin Institute now breed hardier strains that survive in warmer soil.
`;

export const GLIMMERWORT_GLOSSARY = `# Glossary

- Lumicene: The blue pigment stored in glimmerwort leaves that glows in the dark.
- VGC (Varnhold Growers Cooperative): The association of valley farmers that sells the harvest each year.
- Hyperbloom: A rare season when every glimmerwort on a cliff flowers at once.
- Greenhouse / Glasshouse: A building with glass walls where plants are grown out of the weather.
`;

export const GLIMMERWORT_QUESTIONS = JSON.stringify({
  questions: [
    {
      id: 'leaf-price',
      question: 'How much does dried glimmerwort sell for?',
      phrasings: ['glimmerwort price per kilogram'],
      quote: 'a kilogram of dried leaves sold for 900 crowns',
    },
    {
      id: 'what-is-hyperbloom',
      question: 'What is a hyperbloom?',
      phrasings: ['When do all the glimmerworts flower together?'],
      quote: 'A rare season when every glimmerwort',
    },
  ],
});

/** The glimmerwort fixture, compiled and indexed. */
export function glimmerwortIndex(): IndexedKnowledgeBase {
  return buildIndex(
    compileFiles('fixture', {
      article: GLIMMERWORT_ARTICLE,
      glossary: GLIMMERWORT_GLOSSARY,
      questions: GLIMMERWORT_QUESTIONS,
    }),
  );
}
