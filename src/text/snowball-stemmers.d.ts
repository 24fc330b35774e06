// Types for snowball-stemmers 0.6 (the package ships none): Snowball stemmers ported to JavaScript.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: {
    newStemmer(language: string): Stemmer;
    algorithms(): string[];
  };
  export default snowball;
}
