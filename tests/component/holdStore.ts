/**
 * Holds a readwrite transaction on the app's store (a request after each answer, as a busy tab
 * would) until the returned function is called: every write of the app waits for it.
 */
export async function holdStore(): Promise<() => void> {
  let held = true;
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('epsos-indicators');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const os = open.result.transaction('user-data', 'readwrite').objectStore('user-data');
      let first = true;
      const again = () => {
        if (first) resolve();
        first = false;
        if (held) os.get('own-data').onsuccess = again;
      };
      os.get('own-data').onsuccess = again;
    };
  });
  return () => {
    held = false;
  };
}
