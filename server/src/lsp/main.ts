// Entry point of the language server (stdio, node-ipc or socket, as the client asks).
import { startServer } from './server';

startServer();
