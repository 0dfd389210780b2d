CREATE TABLE "rate_limit_windows" (
	"bucket" text NOT NULL,
	"subject" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "rate_limit_windows_bucket_subject_window_start_pk" PRIMARY KEY("bucket","subject","window_start")
);
