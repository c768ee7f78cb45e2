// Bundled by esbuild for the browser benchmark: the peers, called as in run.mjs.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlpCompromise from 'compromise';

const wink = winkNLP(model);
const { its, as } = wink;
window.peers = {
  wink: (t) => {
    const doc = wink.readDoc(t);
    doc.entities().out(its.detail);
    doc.tokens().filter((tok) => tok.out(its.type) === 'word' && !tok.out(its.stopWordFlag)).out(its.normal, as.freqTable);
  },
  compromise: (t) => {
    const doc = nlpCompromise(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    doc.terms().out('freq');
  },
};
