import { InvalidArgumentError } from "commander";
const LOOPBACK_HOST_PORT = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]):\d{1,5}$/;
function executorUrl(value) {
  if (LOOPBACK_HOST_PORT.test(value)) value = `http://${value}`;
  else if (/^[\w.-]+:\d{1,5}$/.test(value)) throw new InvalidArgumentError(`"${value}" has no scheme: give https://${value} (or http://${value} on a trusted network)`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`not a URL: "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new InvalidArgumentError("executor URLs are https://host:port (or http:// on a trusted network)");
  return url.origin;
}
export {
  executorUrl
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2NsaS9leGVjdXRvci11cmwudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBUaGUgcGFyc2VyIG9mIGV4ZWN1dG9yIFVSTHMgb24gdGhlIGNvbW1hbmQgbGluZSAoLS1leGVjdXRvciwgYGV4ZWN1dG9yIGluZm8gVVJMYCkuICovXG5pbXBvcnQgeyBJbnZhbGlkQXJndW1lbnRFcnJvciB9IGZyb20gJ2NvbW1hbmRlcic7XG5cbi8qKiBob3N0OnBvcnQgb24gdGhpcyBtYWNoaW5lOiBhIGJhcmUgYWRkcmVzcyBhIGRldmVsb3BlciB0eXBlcyBmb3IgYSBsb2NhbCBleGVjdXRvciAocGxhaW4gaHR0cCkuICovXG5jb25zdCBMT09QQkFDS19IT1NUX1BPUlQgPSAvXig/OmxvY2FsaG9zdHwxMjcoPzpcXC5cXGR7MSwzfSl7M318XFxbOjoxXFxdKTpcXGR7MSw1fSQvO1xuXG5leHBvcnQgZnVuY3Rpb24gZXhlY3V0b3JVcmwodmFsdWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmIChMT09QQkFDS19IT1NUX1BPUlQudGVzdCh2YWx1ZSkpIHZhbHVlID0gYGh0dHA6Ly8ke3ZhbHVlfWA7XG4gIGVsc2UgaWYgKC9eW1xcdy4tXSs6XFxkezEsNX0kLy50ZXN0KHZhbHVlKSkgdGhyb3cgbmV3IEludmFsaWRBcmd1bWVudEVycm9yKGBcIiR7dmFsdWV9XCIgaGFzIG5vIHNjaGVtZTogZ2l2ZSBodHRwczovLyR7dmFsdWV9IChvciBodHRwOi8vJHt2YWx1ZX0gb24gYSB0cnVzdGVkIG5ldHdvcmspYCk7XG4gIGxldCB1cmw6IFVSTDtcbiAgdHJ5IHtcbiAgICB1cmwgPSBuZXcgVVJMKHZhbHVlKTtcbiAgfSBjYXRjaCB7XG4gICAgdGhyb3cgbmV3IEludmFsaWRBcmd1bWVudEVycm9yKGBub3QgYSBVUkw6IFwiJHt2YWx1ZX1cImApO1xuICB9XG4gIGlmICh1cmwucHJvdG9jb2wgIT09ICdodHRwOicgJiYgdXJsLnByb3RvY29sICE9PSAnaHR0cHM6JykgdGhyb3cgbmV3IEludmFsaWRBcmd1bWVudEVycm9yKCdleGVjdXRvciBVUkxzIGFyZSBodHRwczovL2hvc3Q6cG9ydCAob3IgaHR0cDovLyBvbiBhIHRydXN0ZWQgbmV0d29yayknKTtcbiAgcmV0dXJuIHVybC5vcmlnaW47XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFDQSxTQUFTLDRCQUE0QjtBQUdyQyxNQUFNLHFCQUFxQjtBQUVwQixTQUFTLFlBQVksT0FBdUI7QUFDakQsTUFBSSxtQkFBbUIsS0FBSyxLQUFLLEVBQUcsU0FBUSxVQUFVLEtBQUs7QUFBQSxXQUNsRCxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsT0FBTSxJQUFJLHFCQUFxQixJQUFJLEtBQUssaUNBQWlDLEtBQUssZUFBZSxLQUFLLHdCQUF3QjtBQUNwSyxNQUFJO0FBQ0osTUFBSTtBQUNGLFVBQU0sSUFBSSxJQUFJLEtBQUs7QUFBQSxFQUNyQixRQUFRO0FBQ04sVUFBTSxJQUFJLHFCQUFxQixlQUFlLEtBQUssR0FBRztBQUFBLEVBQ3hEO0FBQ0EsTUFBSSxJQUFJLGFBQWEsV0FBVyxJQUFJLGFBQWEsU0FBVSxPQUFNLElBQUkscUJBQXFCLHVFQUF1RTtBQUNqSyxTQUFPLElBQUk7QUFDYjsiLAogICJuYW1lcyI6IFtdCn0K
