-- PostgreSQL only: the chainer looks for the few events not yet chained among millions.
CREATE INDEX ix_audit_event_unchained ON audit_event (id) WHERE chain_seq IS NULL;
