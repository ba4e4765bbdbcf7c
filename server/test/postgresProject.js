// The Jest project "server-postgres" (jest.config.js): the API and service tests once more, on PostgreSQL.
process.env.ZV_TEST_STORE = 'postgres';
