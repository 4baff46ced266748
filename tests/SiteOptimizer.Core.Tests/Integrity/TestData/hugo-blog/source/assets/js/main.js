// The blog's script: it reports what the stylesheet did, so a test can tell both arrived.
(function () {
    var title = document.querySelector('.post-title');
    var colour = title ? getComputedStyle(title).color : 'no title';
    console.log('hugo-blog script ran; title colour ' + colour);
})();
