/* Realpolitik: applies the project's graph style sheet (style.grass) before Neo4j Browser starts. Browser keeps its
   style in localStorage 'neo4j.grass'; we write ours there unless the user has changed the style since we last wrote
   it (then theirs stays; ':style reset' followed by a reload brings ours back). */
(function (grass) {
  try {
    var ours = JSON.stringify(grass);
    var current = window.localStorage.getItem('neo4j.grass');
    var written = window.localStorage.getItem('realpolitik.grass');
    if (current === null || current === 'null' || current === written) {
      window.localStorage.setItem('neo4j.grass', ours);
      window.localStorage.setItem('realpolitik.grass', ours);
    }
  } catch (e) {
    /* no localStorage (private mode): Browser starts with its own style */
  }
})(__GRASS__);
