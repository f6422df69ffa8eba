-- n8n keeps its own database beside the app's (docker-compose.yml).
CREATE USER n8n WITH PASSWORD 'n8n';
CREATE DATABASE n8n OWNER n8n;
