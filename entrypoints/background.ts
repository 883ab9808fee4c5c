export default defineBackground(() => {
  // The sitting-session engine (issue 3) registers its listeners here, synchronously, because
  // MV3 drops events that arrive before a listener is added.
});
