#!/bin/bash
# Tutorial 001, configure set/get, every key form; no server needed.
. $(dirname "$0")/lib.sh
step typo-set-without-value configure set aws_access_key_id --profile dev
step set-key configure set aws_access_key_id my_aws_access_key_id --profile dev
step set-secret configure set aws_secret_access_key my_secret --profile dev
step get-key configure get aws_access_key_id --profile dev
step set-region-profile configure set region us-west-2 --profile dev
step set-region-again configure set region us-east-2 --profile dev
step set-region-default configure set region ap-south-1
step set-profile-dot configure set profile.dev.output json
step set-profile-dot-new configure set profile.dev2.region eu-west-1
step set-default-dot configure set default.output text
step set-nested configure set s3.max_concurrent_requests 20 --profile dev
step set-nested-profile-dot configure set profile.dev.s3.addressing_style path
step set-default-nested configure set default.s3.signature_version s3v4
step set-preview configure set preview.cloudfront true
step set-name-dot configure set dev.region eu-north-1
step set-profile-key-cred configure set profile.dev3.aws_access_key_id AKIDEV3
step set-default-key-cred configure set default.aws_secret_access_key defsecret
step set-token configure set aws_session_token tok --profile site-deployer
step set-security-token configure set aws_security_token sectok --profile site-deployer
step set-profile-only configure set profile.dev x
step set-empty configure set region '' --profile dev4
step set-option-first configure set --profile dev output yaml
step set-profile-eq configure set output table --profile=dev2
step set-space configure set region us-east-1 --profile 'with space'
step set-extra-arg configure set region us-east-1 extra
step get-profile-dot configure get profile.dev.region
step get-default-dot configure get default.region
step get-name-dot configure get dev.region
step get-name-dot-missing configure get nosuchprof.region
step get-plain configure get region --profile dev
step get-plain-default configure get region
step get-nested-section configure get s3 --profile dev
step get-nested configure get s3.max_concurrent_requests --profile dev
step get-nested-profile-dot configure get profile.dev.s3.addressing_style
step get-preview configure get preview.cloudfront
step get-missing configure get nosuch
step get-missing-profile configure get region --profile nosuch
step get-profile-dot-missing-profile configure get profile.nosuch.region
step get-cred-profile-dot configure get profile.dev.aws_access_key_id
step get-option-first configure get --profile dev region
step get-token configure get aws_session_token --profile site-deployer
step get-space configure get region --profile 'with space'
step get-profile-only configure get profile.dev
step get-upper configure get Region --profile dev
step get-default-nested configure get default.s3.signature_version
EXTRA_ENV=AWS_PROFILE=dev step env-profile-set configure set output json
EXTRA_ENV=AWS_PROFILE=dev step env-profile-get configure get region
EXTRA_ENV=AWS_PROFILE=dev step env-profile-set-dot configure set x.y z
step list-profiles configure list-profiles
step set-4parts configure set profile.dev.s3.a.b c
step set-3parts-nonprofile configure set a.b.c d --profile dev
