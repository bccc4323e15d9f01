import { createServer } from "node:net";
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close();
        reject(new Error("no port"));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
function checkPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(port, host, () => server.close(() => resolve()));
  });
}
export {
  checkPortFree,
  freePort
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL3V0aWwvbmV0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogTG9vcGJhY2sgaGVscGVycy4gKi9cbmltcG9ydCB7IGNyZWF0ZVNlcnZlciB9IGZyb20gJ25vZGU6bmV0JztcblxuLyoqIEFza3MgdGhlIE9TIGZvciBhIGZyZWUgVENQIHBvcnQgb24gMTI3LjAuMC4xLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZyZWVQb3J0KCk6IFByb21pc2U8bnVtYmVyPiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgY29uc3Qgc2VydmVyID0gY3JlYXRlU2VydmVyKCk7XG4gICAgc2VydmVyLnVucmVmKCk7XG4gICAgc2VydmVyLm9uKCdlcnJvcicsIHJlamVjdCk7XG4gICAgc2VydmVyLmxpc3RlbigwLCAnMTI3LjAuMC4xJywgKCkgPT4ge1xuICAgICAgY29uc3QgYWRkcmVzcyA9IHNlcnZlci5hZGRyZXNzKCk7XG4gICAgICBpZiAoYWRkcmVzcyA9PT0gbnVsbCB8fCB0eXBlb2YgYWRkcmVzcyA9PT0gJ3N0cmluZycpIHtcbiAgICAgICAgc2VydmVyLmNsb3NlKCk7XG4gICAgICAgIHJlamVjdChuZXcgRXJyb3IoJ25vIHBvcnQnKSk7XG4gICAgICAgIHJldHVybjtcbiAgICAgIH1cbiAgICAgIHNlcnZlci5jbG9zZSgoKSA9PiByZXNvbHZlKGFkZHJlc3MucG9ydCkpO1xuICAgIH0pO1xuICB9KTtcbn1cblxuLyoqIFJlc29sdmVzIHdoZW4gYHBvcnRgIG9uIDEyNy4wLjAuMSBjYW4gYmUgYm91bmQgcmlnaHQgbm93OyByZWplY3RzIHdpdGggdGhlIGJpbmQgZXJyb3IgKEVBRERSSU5VU0UsIEVBQ0NFUykgb3RoZXJ3aXNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrUG9ydEZyZWUocG9ydDogbnVtYmVyLCBob3N0ID0gJzEyNy4wLjAuMScpOiBQcm9taXNlPHZvaWQ+IHtcbiAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICBjb25zdCBzZXJ2ZXIgPSBjcmVhdGVTZXJ2ZXIoKTtcbiAgICBzZXJ2ZXIudW5yZWYoKTtcbiAgICBzZXJ2ZXIub25jZSgnZXJyb3InLCByZWplY3QpO1xuICAgIHNlcnZlci5saXN0ZW4ocG9ydCwgaG9zdCwgKCkgPT4gc2VydmVyLmNsb3NlKCgpID0+IHJlc29sdmUoKSkpO1xuICB9KTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQUNBLFNBQVMsb0JBQW9CO0FBR3RCLFNBQVMsV0FBNEI7QUFDMUMsU0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDdEMsVUFBTSxTQUFTLGFBQWE7QUFDNUIsV0FBTyxNQUFNO0FBQ2IsV0FBTyxHQUFHLFNBQVMsTUFBTTtBQUN6QixXQUFPLE9BQU8sR0FBRyxhQUFhLE1BQU07QUFDbEMsWUFBTSxVQUFVLE9BQU8sUUFBUTtBQUMvQixVQUFJLFlBQVksUUFBUSxPQUFPLFlBQVksVUFBVTtBQUNuRCxlQUFPLE1BQU07QUFDYixlQUFPLElBQUksTUFBTSxTQUFTLENBQUM7QUFDM0I7QUFBQSxNQUNGO0FBQ0EsYUFBTyxNQUFNLE1BQU0sUUFBUSxRQUFRLElBQUksQ0FBQztBQUFBLElBQzFDLENBQUM7QUFBQSxFQUNILENBQUM7QUFDSDtBQUdPLFNBQVMsY0FBYyxNQUFjLE9BQU8sYUFBNEI7QUFDN0UsU0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDdEMsVUFBTSxTQUFTLGFBQWE7QUFDNUIsV0FBTyxNQUFNO0FBQ2IsV0FBTyxLQUFLLFNBQVMsTUFBTTtBQUMzQixXQUFPLE9BQU8sTUFBTSxNQUFNLE1BQU0sT0FBTyxNQUFNLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxFQUMvRCxDQUFDO0FBQ0g7IiwKICAibmFtZXMiOiBbXQp9Cg==
